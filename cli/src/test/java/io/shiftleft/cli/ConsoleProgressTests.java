package io.shiftleft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsoleProgressTests {

    @Test
    void drawsABarProportionalToTheFoldersRead() {
        assertThat(ConsoleProgress.line(0, 1000))
                .isEqualTo("\rScanning " + ".".repeat(30) + " 0/1000 table folders");
        assertThat(ConsoleProgress.line(500, 1000))
                .isEqualTo(
                        "\rScanning "
                                + "#".repeat(15)
                                + ".".repeat(15)
                                + " 500/1000 table folders");
        assertThat(ConsoleProgress.line(1000, 1000)).contains("#".repeat(30) + " 1000/1000");
    }
}

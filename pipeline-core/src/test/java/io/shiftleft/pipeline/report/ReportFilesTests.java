package io.shiftleft.pipeline.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTests {

    @Test
    void replacesTheFileWholeAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("reports/nested/z.mmd");

        ReportFiles.writeAtomically(file, "first, longer content\n");
        ReportFiles.writeAtomically(file, "ünïcode\n");

        assertThat(Files.readString(file)).isEqualTo("ünïcode\n");
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void namesTheFileItCannotWrite(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectory(dir.resolve("taken"));
        Files.writeString(folder.resolve("inside"), "a folder that is not empty");

        assertThatThrownBy(() -> ReportFiles.writeAtomically(folder, "x"))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("taken");
    }
}

package io.shiftleft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ShiftLeftCliTests {

    @Test
    void listsEveryTopicWithItsDeadLetterTwinUnderAPrefix() {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new ShiftLeftCli());
        cli.setOut(new PrintWriter(out));

        int code = cli.execute("topics", "--prefix", "acme.");

        assertThat(code).isZero();
        assertThat(out.toString().lines())
                .hasSize(12)
                .contains("acme.deploy-requests", "acme.deploy-requests.dlq");
    }

    @Test
    void explainsAnIllegalPrefixAndFails() {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new ShiftLeftCli());
        cli.setErr(new PrintWriter(err));

        int code = cli.execute("topics", "--prefix", "no spaces");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--prefix").contains("no spaces");
    }
}

package io.shiftleft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** A shift_left config.yaml drives statement names and the default pool, as in shift_left. */
class ShiftLeftConfigTests {

    private static final Path P2 = Path.of("src", "test", "resources", "projects", "p2");

    @Test
    void namesStatementsAfterTheProjectsConfigAndLetsOptionsOverrideIt(@TempDir Path root)
            throws IOException {
        PipelineCommandsTests.copy(P2, root);
        Files.writeString(
                root.resolve("config.yaml"),
                "kafka:\n  cluster_type: prod\n  api_key: not-read\n"
                        + "confluent_cloud:\n  region: eu-central-1\n"
                        + "flink:\n  compute_pool_id: lfcp-default\n");

        JsonNode fromFile = plan(root);
        JsonNode overridden = plan(root, "--cluster-type", "stage");

        JsonNode f = last(fromFile);
        assertThat(f.path("dml_statement_name").asString()).isEqualTo("prod-euc1-p2-dml-f");
        assertThat(f.path("compute_pool_id").asString()).isEqualTo("lfcp-default");
        assertThat(last(overridden).path("dml_statement_name").asString())
                .isEqualTo("stage-euc1-p2-dml-f");
    }

    @Test
    void reportsAConfigFileThatIsNotYamlWithItsLine(@TempDir Path root) throws IOException {
        PipelineCommandsTests.copy(P2, root);
        Path config = root.resolve("broken.yaml");
        Files.writeString(config, "kafka:\n  cluster_type: [unclosed\n");

        CliRun.Result result =
                PipelineCommandsTests.run(
                        "pipeline",
                        "validate",
                        "--project-path",
                        root.toString(),
                        "--config",
                        config.toString());

        assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("broken.yaml").contains("not valid YAML");
    }

    private static JsonNode plan(Path root, String... extra) {
        String[] base = {
            "pipeline",
            "build-execution-plan",
            "--json",
            "--project-path",
            root.toString(),
            "--table-name",
            "f"
        };
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        CliRun.Result result = PipelineCommandsTests.run(args);
        assertThat(result.code()).as(result.err()).isZero();
        return new ObjectMapper().readTree(result.out()).path("nodes");
    }

    private static JsonNode last(JsonNode nodes) {
        return nodes.get(nodes.size() - 1);
    }
}

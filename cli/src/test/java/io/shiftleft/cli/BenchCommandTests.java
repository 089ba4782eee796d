package io.shiftleft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The bench command's protocol and report on small projects; timing is what it reports, not what is
 * tested.
 */
class BenchCommandTests {

    @Test
    void measuresEveryPhaseInThisJvmAndReportsJson(@TempDir Path work) {
        CliRun.Result result =
                GenerateCommandTests.run(
                        new BenchCommand(),
                        "--tables",
                        "60",
                        "--products",
                        "3",
                        "--seed",
                        "4",
                        "--in-process",
                        "--json",
                        "--work-dir",
                        work.toString());

        assertThat(result.code()).as(result.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(result.out());
        assertThat(report.path("tables").asInt()).isEqualTo(60);
        assertThat(report.path("fresh_jvm_per_phase").asBoolean()).isFalse();
        JsonNode phases = report.path("phases");
        assertThat(phases).hasSize(3);

        JsonNode cold = phases.get(0);
        assertThat(cold.path("phase").asString()).isEqualTo("cold");
        assertThat(cold.path("errors").asInt()).isZero();
        assertThat(cold.path("files_written").asInt()).isEqualTo(61);
        assertThat(cold.path("cache").asString()).isEqualTo("ABSENT");
        assertThat(cold.path("cache_misses").asInt()).isEqualTo(120);
        assertThat(cold.path("cache_saved").asBoolean()).isTrue();

        JsonNode unchanged = phases.get(1);
        assertThat(unchanged.path("files_written").asInt()).isZero();
        assertThat(unchanged.path("files_unchanged").asInt()).isEqualTo(61);
        assertThat(unchanged.path("cache").asString()).isEqualTo("LOADED");
        assertThat(unchanged.path("cache_hits").asInt()).isEqualTo(120);
        assertThat(unchanged.path("cache_misses").asInt()).isZero();
        assertThat(unchanged.path("cache_saved").asBoolean()).isFalse();

        JsonNode plans = phases.get(2).path("plans");
        assertThat(plans.size()).isGreaterThanOrEqualTo(7);
        for (JsonNode plan : plans) {
            assertThat(plan.path("steps").asInt()).as(plan.toString()).isPositive();
            assertThat(plan.has("first_millis")).isTrue();
        }
        assertThat(report.path("targets"))
                .extracting(t -> t.path("target").asString())
                .containsExactly("cold", "unchanged", "plans", "peak heap");
        assertThat(work.resolve("project-60-4/pipelines/inventory.json")).isRegularFile();
    }

    @Test
    void runsEachPhaseInAFreshJvmAndPrintsATable() {
        CliRun.Result result =
                GenerateCommandTests.run(new BenchCommand(), "--tables", "30", "--seed", "2");

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out())
                .contains("30 tables over 20 products")
                .contains("Each phase in a fresh JVM")
                .containsPattern("cold +\\d+ ms")
                .containsPattern("unchanged +\\d+ ms")
                .contains("0 files written, 31 unchanged; cache LOADED, 60 hits, 0 misses")
                .contains("target peak heap");
    }

    @Test
    void theFreshJvmGetsThisJvmsHeapOptionsAndThisClass() {
        List<String> command = BenchCommand.javaCommand();

        assertThat(command.get(0)).contains("java");
        assertThat(command).contains("-cp").endsWith(BenchCommand.class.getName());
        assertThat(Files.isExecutable(Path.of(command.get(0)))).isTrue();
    }
}

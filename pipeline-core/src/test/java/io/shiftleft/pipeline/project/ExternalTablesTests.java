package io.shiftleft.pipeline.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExternalTablesTests {

    @TempDir Path root;

    private Path manifest(String json) throws IOException {
        Path file = root.resolve("pipelines/seeds/external_tables.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, json);
        return file;
    }

    @Test
    void readsEveryEntryWithDefaultsAndSkipsWhatItDoesNotKnow() throws IOException {
        Path file =
                manifest(
                        "{\"version\": 2, \"owner\": {\"team\": \"x\"}, \"tables\": [\n"
                                + "  {\"table_name\": \"fx_rates\", \"kafka_topic\": \"fx.rates\","
                                + " \"product_name\": \"finance\", \"tags\": [\"a\"]},\n"
                                + "  {\"table_name\": \"clicks\"},\n"
                                + "  \"not an object\",\n"
                                + "  {\"kafka_topic\": \"nameless\"},\n"
                                + "  {\"table_name\": \"orders\"}\n"
                                + "]}");
        List<ProjectProblem> problems = new ArrayList<>();

        Map<String, ExternalTables.Entry> entries =
                ExternalTables.read(List.of(file), root, Set.of("orders"), problems);

        assertThat(entries)
                .containsOnlyKeys("clicks", "fx_rates")
                .containsEntry(
                        "fx_rates",
                        new ExternalTables.Entry(
                                "fx_rates", "fx.rates", "finance", "pipelines/seeds/fx_rates"))
                .containsEntry(
                        "clicks",
                        new ExternalTables.Entry(
                                "clicks", "clicks", "common", "pipelines/seeds/clicks"));
        assertThat(problems)
                .extracting(ProjectProblem::code)
                .containsExactlyInAnyOrder("INVALID_JSON", "INVALID_JSON", "EXTERNAL_CLASH");
    }

    @Test
    void malformedJsonIsAProblemWithItsFileAndLine() throws IOException {
        Path file =
                manifest("{\"tables\": [\n  {\"table_name\": \"a\"},\n  {\"table_name\": }\n]}");
        List<ProjectProblem> problems = new ArrayList<>();

        Map<String, ExternalTables.Entry> entries =
                ExternalTables.read(List.of(file), root, Set.of(), problems);

        assertThat(entries).isEmpty();
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).file()).isEqualTo("pipelines/seeds/external_tables.json");
        assertThat(problems.get(0).line()).isEqualTo(3);
        assertThat(problems.get(0).message()).startsWith("Not valid JSON");
    }
}

package io.shiftleft.pipeline.metadata;

import static io.shiftleft.pipeline.metadata.MetadataFixtures.bytes;
import static io.shiftleft.pipeline.metadata.MetadataFixtures.resource;
import static io.shiftleft.pipeline.metadata.MetadataFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shiftleft.pipeline.model.StateForm;
import io.shiftleft.pipeline.model.TableNode;
import io.shiftleft.pipeline.model.TableType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InventoryFileTests {

    @TempDir Path folder;

    @Test
    void readsShiftLeftsInventory() {
        Map<String, InventoryEntry> inventory = InventoryFile.read(resource("inventory.json"));

        assertThat(inventory).hasSize(7);
        assertThat(inventory.get("p1_fct_order"))
                .isEqualTo(
                        new InventoryEntry(
                                "p1_fct_order",
                                "p1",
                                TableType.FACT,
                                "pipelines/facts/p1/fct_order/sql-scripts/dml.p1_fct_order.sql",
                                "pipelines/facts/p1/fct_order/sql-scripts/ddl.p1_fct_order.sql",
                                "pipelines/facts/p1/fct_order",
                                null));
        assertThat(inventory.get("src_orphan").productName()).isEqualTo("None");
        assertThat(inventory.get("sl_raw_transactions").dmlRef()).isEmpty();
        assertThat(inventory.get("src_tag").type()).isEqualTo(TableType.EXTERNAL_KAFKA);
        assertThat(inventory.get("src_tag").kafkaTopic()).isEqualTo("clone.dev.src_tag");
    }

    @Test
    void rewritesShiftLeftsInventoryByteForByte() {
        Path original = resource("inventory.json");
        Path copy = folder.resolve(InventoryFile.FILE_NAME);

        InventoryFile.write(copy, InventoryFile.read(original));

        assertThat(bytes(copy)).isEqualTo(bytes(original));
    }

    @Test
    void sortsEntriesByNameWhateverTheMapOrder() {
        Map<String, InventoryEntry> read = InventoryFile.read(resource("inventory.json"));
        List<String> names = new ArrayList<>(read.keySet());
        Collections.reverse(names);
        Map<String, InventoryEntry> reversed = new LinkedHashMap<>();
        names.forEach(name -> reversed.put(name, read.get(name)));

        assertThat(InventoryFile.toJson(reversed).getBytes())
                .isEqualTo(bytes(resource("inventory.json")));
    }

    @Test
    void escapesNonAsciiAsPythonJsonDumpDoes() {
        Path original = resource("inventory-non-ascii.json");
        Path copy = folder.resolve(InventoryFile.FILE_NAME);

        Map<String, InventoryEntry> inventory = InventoryFile.read(original);
        InventoryFile.write(copy, inventory);

        assertThat(inventory.get("src_caf\u00e9_orders").productName()).isEqualTo("donn\u00e9es");
        assertThat(inventory.get("rocket").kafkaTopic())
                .isEqualTo("launch-\ud83d\ude80\t\"q\"\\\u007f\u2028");
        assertThat(bytes(copy)).isEqualTo(bytes(original));
    }

    @Test
    void sortsNamesByCodePointAsPythonDoes() {
        InventoryEntry bmp = entry("\uff41");
        InventoryEntry astral = entry("\ud835\udc00");

        String json =
                InventoryFile.toJson(Map.of(astral.tableName(), astral, bmp.tableName(), bmp));

        assertThat(json.indexOf("\\uff41")).isLessThan(json.indexOf("\\ud835\\udc00"));
    }

    @Test
    void ignoresUnknownFieldsAndDefaultsMissingOnes() {
        Path file =
                write(
                        folder,
                        "inventory.json",
                        "{\"t\": {\"type\": \"view\", \"state_form\": \"Stateful\", \"x\": [1]},"
                                + " \"u\": {\"table_name\": \"u\", \"product_name\": null,"
                                + " \"type\": \"bogus\"}}");

        Map<String, InventoryEntry> inventory = InventoryFile.read(file);

        assertThat(inventory.get("t"))
                .isEqualTo(new InventoryEntry("t", "common", TableType.VIEW, "", "", "", null));
        assertThat(inventory.get("u").productName()).isEqualTo("None");
        assertThat(inventory.get("u").type()).isEqualTo(TableType.UNKNOWN);
    }

    @Test
    void namesFileLineAndColumnOfMalformedJson() {
        Path file = resource("inventory-malformed.json");

        assertThatThrownBy(() -> InventoryFile.read(file))
                .isInstanceOfSatisfying(
                        MetadataFileException.class,
                        e -> {
                            assertThat(e.file()).isEqualTo(file);
                            assertThat(e.line()).hasValue(5);
                            assertThat(e.column()).hasValue(9);
                            assertThat(e.getMessage())
                                    .startsWith("Cannot read " + file + " at line 5, column 9: ");
                        });
    }

    @Test
    void namesTheJsonPathOfAValueOfTheWrongKind() {
        Path file = write(folder, "inventory.json", "{\"t\": {\"dml_ref\": 3}}");

        assertThatThrownBy(() -> InventoryFile.read(file))
                .isInstanceOf(MetadataFileException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("$['t'].dml_ref");
    }

    @Test
    void rejectsAnEmptyFileAndAFileWithTrailingContent() {
        Path empty = write(folder, "empty.json", "");
        Path trailing = write(folder, "trailing.json", "{} {}");

        assertThatThrownBy(() -> InventoryFile.read(empty))
                .isInstanceOf(MetadataFileException.class)
                .hasMessageContaining(empty.toString());
        assertThatThrownBy(() -> InventoryFile.read(trailing))
                .isInstanceOf(MetadataFileException.class)
                .hasMessageContaining("line 1");
    }

    @Test
    void reportsAMissingFileAsMetadataFileException() {
        Path file = folder.resolve("missing.json");

        assertThatThrownBy(() -> InventoryFile.read(file))
                .isInstanceOf(MetadataFileException.class)
                .hasMessageContaining(file.toString());
    }

    @Test
    void replacesTheFileAtomicallyLeavingNoTemporaryFile() throws IOException {
        Path file = folder.resolve("pipelines").resolve(InventoryFile.FILE_NAME);
        InventoryFile.write(file, Map.of("a", entry("a")));

        InventoryFile.write(file, Map.of("b", entry("b")));

        assertThat(InventoryFile.read(file)).containsOnlyKeys("b");
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void buildsEntriesFromTableNodes() {
        TableNode node =
                new TableNode(
                        "src_tag",
                        "common",
                        TableType.EXTERNAL_KAFKA,
                        StateForm.STATEFUL,
                        "pipelines/seeds/src_tag",
                        "",
                        "",
                        "src_tag",
                        Set.of(),
                        Set.of("int_tag"));

        assertThat(InventoryEntry.of(node))
                .isEqualTo(
                        new InventoryEntry(
                                "src_tag",
                                "common",
                                TableType.EXTERNAL_KAFKA,
                                "",
                                "",
                                "pipelines/seeds/src_tag",
                                "src_tag"));
    }

    private static InventoryEntry entry(String name) {
        return new InventoryEntry(name, "p1", TableType.SOURCE, "", "", "", null);
    }
}

package io.shiftleft.pipeline.metadata;

import io.shiftleft.pipeline.model.TableType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * shift_left's {@code $PIPELINES/inventory.json}: an object from table name to {@link
 * InventoryEntry}.
 *
 * <p>Written as shift_left writes it ({@code json.dump(sorted_inventory, f, indent=4)}): keys
 * sorted by code point, 4-space indent, ASCII only (<code>&#92;uxxxx</code> escapes), every entry
 * with {@code table_name, product_name, type, dml_ref, ddl_ref, table_folder_name, kafka_topic} in
 * that order ({@code kafka_topic} is {@code null} unless set), no trailing newline.
 *
 * <p>Read tolerantly, with shift_left's defaults: unknown fields are ignored; a missing {@code
 * product_name} is {@value InventoryEntry#DEFAULT_PRODUCT}, a {@code null} one {@code "None"}; a
 * missing {@code type} is {@code source}, an unknown one {@code unknown-type}; missing refs are
 * empty; a missing {@code table_name} is the entry's key.
 */
public final class InventoryFile {

    /** The file's name inside the {@code pipelines} folder. */
    public static final String FILE_NAME = "inventory.json";

    static final int INDENT = 4;

    private InventoryFile() {}

    /**
     * The entries of the file, in file order.
     *
     * @throws MetadataFileException if the file cannot be read or is not an inventory
     */
    public static Map<String, InventoryEntry> read(Path file) {
        TreeReader reader = new TreeReader(file);
        JsonNode root = reader.object(MetadataIo.readTree(file), "$");
        Map<String, InventoryEntry> entries = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> property : root.properties()) {
            String key = property.getKey();
            entries.put(key, entry(reader, key, property.getValue()));
        }
        return Collections.unmodifiableMap(entries);
    }

    /** Writes the entries atomically, in shift_left's bytes. */
    public static void write(Path file, Map<String, InventoryEntry> entries) {
        MetadataIo.writeAtomically(file, toJson(entries).getBytes(StandardCharsets.US_ASCII));
    }

    /** The file content shift_left would write for the entries. */
    public static String toJson(Map<String, InventoryEntry> entries) {
        List<String> keys = new ArrayList<>(entries.keySet());
        keys.sort(MetadataIo.CODE_POINT_ORDER);
        Map<String, Object> tree = new LinkedHashMap<>();
        for (String key : keys) {
            tree.put(key, tree(entries.get(key)));
        }
        return PythonJson.write(tree, INDENT, PythonJson.Style.JSON_DUMP);
    }

    private static Map<String, Object> tree(InventoryEntry entry) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("table_name", entry.tableName());
        fields.put("product_name", entry.productName());
        fields.put("type", entry.type().jsonName());
        fields.put("dml_ref", entry.dmlRef());
        fields.put("ddl_ref", entry.ddlRef());
        fields.put("table_folder_name", entry.tableFolderName());
        fields.put("kafka_topic", entry.kafkaTopic());
        return fields;
    }

    private static InventoryEntry entry(TreeReader reader, String key, JsonNode node) {
        String where = "$['" + key + "']";
        reader.object(node, where);
        return new InventoryEntry(
                reader.string(node, "table_name", where, key, key),
                reader.string(node, "product_name", where, InventoryEntry.DEFAULT_PRODUCT, null),
                type(reader.string(node, "type", where, TableType.SOURCE.jsonName(), null)),
                reader.string(node, "dml_ref", where, "", ""),
                reader.string(node, "ddl_ref", where, "", ""),
                reader.string(node, "table_folder_name", where, "", ""),
                reader.string(node, "kafka_topic", where, null, null));
    }

    static TableType type(String jsonName) {
        return jsonName == null
                ? TableType.UNKNOWN
                : TableType.fromJsonName(jsonName).orElse(TableType.UNKNOWN);
    }
}

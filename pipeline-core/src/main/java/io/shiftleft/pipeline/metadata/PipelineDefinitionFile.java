package io.shiftleft.pipeline.metadata;

import io.shiftleft.pipeline.model.StateForm;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * shift_left's {@code <table folder>/pipeline_definition.json}.
 *
 * <p>Written as shift_left 0.1.52 writes it ({@code model_dump_json(indent=3)}, see {@link
 * PythonJson.Style#PYDANTIC}): 3-space indent, UTF-8 with non-ASCII characters as they are, no
 * trailing newline, fields {@code table_name, product_name, type, dml_ref, ddl_ref, path,
 * kafka_topic, complexity, parents, children} in that order on every level. {@code kafka_topic} is
 * always written ({@code null} unless set) and {@code complexity} is {@code null} when unknown,
 * both as pydantic does; its fields are {@code number_of_regular_joins, number_of_left_joins,
 * number_of_right_joins, number_of_inner_joins, number_of_outer_joins, complexity_type,
 * state_form}. Parents and children come sorted by table name (see {@link PipelineDefinition}).
 *
 * <p>Read tolerantly: unknown fields (such as an old top-level {@code state_form}) are ignored,
 * files without {@code kafka_topic} (before shift_left knew external tables) are accepted, defaults
 * are shift_left's ({@code product_name} {@code common}, {@code type} {@code source}, refs and path
 * empty, {@code complexity_type} {@code Simple}, a missing {@code state_form} inside a complexity
 * {@code Stateless}) except that a missing {@code complexity} is unknown ({@code null}, hence
 * {@link StateForm#STATEFUL}) instead of pydantic's all-zero {@code Stateless} one.
 */
public final class PipelineDefinitionFile {

    /** The file's name inside a table folder. */
    public static final String FILE_NAME = "pipeline_definition.json";

    static final int INDENT = 3;

    private PipelineDefinitionFile() {}

    /**
     * The definition in the file.
     *
     * @throws MetadataFileException if the file cannot be read or is not a pipeline definition
     */
    public static PipelineDefinition read(Path file) {
        TreeReader reader = new TreeReader(file);
        return definition(reader, MetadataIo.readTree(file), "$");
    }

    /** Writes the definition atomically, in shift_left's bytes. */
    public static void write(Path file, PipelineDefinition definition) {
        MetadataIo.writeAtomically(file, toJson(definition).getBytes(StandardCharsets.UTF_8));
    }

    /** The file content shift_left would write for the definition. */
    public static String toJson(PipelineDefinition definition) {
        return PythonJson.write(tree(definition), INDENT, PythonJson.Style.PYDANTIC);
    }

    /**
     * shift_left's write-or-merge: {@code fresh} with parents and children each the union by table
     * name of the existing and the fresh ones, a fresh entry replacing an existing one of the same
     * name. Nothing is ever removed (stale neighbours stay until the file is deleted).
     */
    public static PipelineDefinition merge(PipelineDefinition existing, PipelineDefinition fresh) {
        return fresh.withNeighbours(
                union(existing.parents(), fresh.parents()),
                union(existing.children(), fresh.children()));
    }

    /**
     * Writes {@code fresh}, merged with the file's current content when there is one, and returns
     * what was written.
     */
    public static PipelineDefinition writeOrMerge(Path file, PipelineDefinition fresh) {
        PipelineDefinition merged = Files.exists(file) ? merge(read(file), fresh) : fresh;
        write(file, merged);
        return merged;
    }

    private static List<PipelineDefinition> union(
            List<PipelineDefinition> existing, List<PipelineDefinition> fresh) {
        Map<String, PipelineDefinition> byName = new LinkedHashMap<>();
        existing.forEach(entry -> byName.put(entry.tableName(), entry));
        fresh.forEach(entry -> byName.put(entry.tableName(), entry));
        return new ArrayList<>(byName.values());
    }

    private static Map<String, Object> tree(PipelineDefinition definition) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("table_name", definition.tableName());
        fields.put("product_name", definition.productName());
        fields.put("type", definition.type().jsonName());
        fields.put("dml_ref", definition.dmlRef());
        fields.put("ddl_ref", definition.ddlRef());
        fields.put("path", definition.path());
        fields.put("kafka_topic", definition.kafkaTopic());
        fields.put("complexity", complexityTree(definition.complexity()));
        fields.put(
                "parents",
                definition.parents().stream().map(PipelineDefinitionFile::tree).toList());
        fields.put(
                "children",
                definition.children().stream().map(PipelineDefinitionFile::tree).toList());
        return fields;
    }

    private static Map<String, Object> complexityTree(Complexity complexity) {
        if (complexity == null) {
            return null;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("number_of_regular_joins", complexity.numberOfRegularJoins());
        fields.put("number_of_left_joins", complexity.numberOfLeftJoins());
        fields.put("number_of_right_joins", complexity.numberOfRightJoins());
        fields.put("number_of_inner_joins", complexity.numberOfInnerJoins());
        fields.put("number_of_outer_joins", complexity.numberOfOuterJoins());
        fields.put("complexity_type", complexity.complexityType());
        StateForm form = complexity.stateForm();
        fields.put("state_form", form == null ? null : form.jsonName());
        return fields;
    }

    private static PipelineDefinition definition(TreeReader reader, JsonNode node, String where) {
        reader.object(node, where);
        List<PipelineDefinition> parents = new ArrayList<>();
        List<JsonNode> parentNodes = reader.array(node, "parents", where);
        for (int i = 0; i < parentNodes.size(); i++) {
            parents.add(definition(reader, parentNodes.get(i), where + ".parents[" + i + "]"));
        }
        List<PipelineDefinition> children = new ArrayList<>();
        List<JsonNode> childNodes = reader.array(node, "children", where);
        for (int i = 0; i < childNodes.size(); i++) {
            children.add(definition(reader, childNodes.get(i), where + ".children[" + i + "]"));
        }
        String tableName = reader.string(node, "table_name", where, null, null);
        if (tableName == null) {
            throw reader.error(where, "missing table_name");
        }
        return new PipelineDefinition(
                tableName,
                reader.string(node, "product_name", where, InventoryEntry.DEFAULT_PRODUCT, null),
                InventoryFile.type(reader.string(node, "type", where, "source", null)),
                reader.string(node, "dml_ref", where, "", ""),
                reader.string(node, "ddl_ref", where, "", ""),
                reader.string(node, "path", where, "", ""),
                reader.string(node, "kafka_topic", where, null, null),
                complexity(reader, node.get("complexity"), where + ".complexity"),
                parents,
                children);
    }

    private static Complexity complexity(TreeReader reader, JsonNode node, String where) {
        if (node == null || node.isNull()) {
            return null;
        }
        reader.object(node, where);
        String form =
                reader.string(node, "state_form", where, StateForm.STATELESS.jsonName(), null);
        return new Complexity(
                reader.integer(node, "number_of_regular_joins", where, 0),
                reader.integer(node, "number_of_left_joins", where, 0),
                reader.integer(node, "number_of_right_joins", where, 0),
                reader.integer(node, "number_of_inner_joins", where, 0),
                reader.integer(node, "number_of_outer_joins", where, 0),
                reader.string(node, "complexity_type", where, Complexity.SIMPLE, Complexity.SIMPLE),
                stateForm(form));
    }

    /** A state form by its JSON name, ignoring case; {@code null} (unknown) otherwise. */
    private static StateForm stateForm(String name) {
        if (name == null) {
            return null;
        }
        for (StateForm form : StateForm.values()) {
            if (form.jsonName().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return form;
            }
        }
        return null;
    }
}

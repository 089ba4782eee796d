package io.shiftleft.pipeline.generate;

import io.shiftleft.pipeline.model.TableType;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What {@link ProjectGenerator} made (or would make): the tables with their edges, and the raw
 * topics the sources read, declared in {@code pipelines/seeds/external_tables.json}.
 *
 * @param settings the settings it was made from
 * @param tables every table folder, in generation order (lower levels first)
 * @param externals the external raw topics, one per source table
 */
public record GeneratedProject(
        GeneratorSettings settings, List<GeneratedTable> tables, List<ExternalTopic> externals) {

    /**
     * A pre-provisioned topic a source table reads.
     *
     * @param tableName the name SQL reads it by
     * @param kafkaTopic the topic's name
     * @param product the product that owns it
     */
    public record ExternalTopic(String tableName, String kafkaTopic, String product) {}

    public GeneratedProject {
        tables = List.copyOf(tables);
        externals = List.copyOf(externals);
    }

    /** Every parent link, external raw topics included. */
    public int edges() {
        return tables.stream().mapToInt(t -> t.parents().size()).sum();
    }

    /** The parent links whose parent belongs to another product. */
    public int crossProductEdges() {
        Map<String, String> productOf = new HashMap<>();
        tables.forEach(t -> productOf.put(t.name(), t.product()));
        externals.forEach(e -> productOf.put(e.tableName(), e.product()));
        int cross = 0;
        for (GeneratedTable t : tables) {
            for (String parent : t.parents()) {
                if (!t.product().equals(productOf.get(parent))) {
                    cross++;
                }
            }
        }
        return cross;
    }

    /** How many tables each layer has. */
    public Map<TableType, Integer> tablesByType() {
        Map<TableType, Integer> counts = new EnumMap<>(TableType.class);
        tables.forEach(t -> counts.merge(t.type(), 1, Integer::sum));
        return counts;
    }

    /** How many tables each product has. */
    public SortedMap<String, Integer> tablesByProduct() {
        SortedMap<String, Integer> counts = new TreeMap<>();
        tables.forEach(t -> counts.merge(t.product(), 1, Integer::sum));
        return counts;
    }

    /** How many tables have a {@code .properties} file beside their DML. */
    public int propertiesFiles() {
        return (int) tables.stream().filter(GeneratedTable::properties).count();
    }
}

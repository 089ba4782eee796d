package io.shiftleft.pipeline.generate;

import io.shiftleft.pipeline.model.TableType;
import java.util.List;

/**
 * One table of a generated project.
 *
 * @param name the table's name, as its SQL writes it
 * @param product its data product (the folder above the table folder)
 * @param type its layer
 * @param level its rank in the layered DAG: sources 0, intermediates 1 to 3, dimensions 4, facts 5,
 *     views 6; a table reads only tables of lower levels
 * @param folder the table folder, relative to the project root ({@code pipelines/…})
 * @param parents the tables its DML reads, in the order the SQL names them (for a source: the
 *     external raw topic)
 * @param shape the form of its DML
 * @param properties whether a {@code dml.<name>.properties} file sits beside its DML
 */
public record GeneratedTable(
        String name,
        String product,
        TableType type,
        int level,
        String folder,
        List<String> parents,
        SqlShape shape,
        boolean properties) {

    public GeneratedTable {
        parents = List.copyOf(parents);
    }
}

package io.shiftleft.pipeline.adapt;

import io.shiftleft.pipeline.graph.UnknownTableException;
import io.shiftleft.pipeline.model.TableNode;
import io.shiftleft.pipeline.project.Project;
import io.shiftleft.pipeline.project.ProjectTable;
import io.shiftleft.pipeline.sql.StatementKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Renders the DDL and DML of a project's table for one target environment: reads the files the scan
 * found, tells the rules whether a DML reading the table uses {@code $rowtime}, and adapts each
 * file.
 */
public final class TableRenderer {

    private final SqlAdapter adapter;

    public TableRenderer(SqlAdapter adapter) {
        this.adapter = Objects.requireNonNull(adapter, "adapter");
    }

    /**
     * Renders one table.
     *
     * @throws UnknownTableException when the project has no such table
     * @throws UncheckedIOException when a SQL file cannot be read, naming it
     */
    public RenderedTable render(Project project, String tableName) {
        ProjectTable table = project.tables().get(tableName);
        if (table == null) {
            throw new UnknownTableException(tableName, "in project " + project.root());
        }
        TableNode node = table.node();
        if (node.isExternal()) {
            return new RenderedTable(tableName, true, Optional.empty(), Optional.empty());
        }
        TableContext context =
                new TableContext(
                        tableName,
                        node.hasProduct() ? node.productName() : "",
                        rowtimeUsedByReaders(project, node));
        return new RenderedTable(
                tableName,
                false,
                render(project.root(), node.ddlRef(), StatementRole.DDL, context),
                render(project.root(), node.dmlRef(), StatementRole.DML, context));
    }

    private Optional<RenderedFile> render(
            Path root, String file, StatementRole role, TableContext context) {
        if (file.isEmpty()) {
            return Optional.empty();
        }
        String sql = read(root, file);
        return Optional.of(new RenderedFile(file, role, adapter.adapt(sql, role, context)));
    }

    /** Whether a statement reading the table (a child's DML, or its AS query) uses $rowtime. */
    private static boolean rowtimeUsedByReaders(Project project, TableNode node) {
        Set<String> readers =
                project.graph()
                        .flatMap(g -> g.find(node.tableName()))
                        .map(TableNode::children)
                        .orElseGet(() -> readersByParents(project, node.tableName()));
        for (String child : readers) {
            ProjectTable reader = project.tables().get(child);
            if (reader == null || reader.node().isExternal()) {
                continue;
            }
            String dml = reader.node().dmlRef();
            if (!dml.isEmpty() && RowtimeRule.usesRowtime(read(project.root(), dml))) {
                return true;
            }
            boolean ctas =
                    reader.ddl() != null && reader.ddl().kind() == StatementKind.CREATE_TABLE_AS;
            String ddl = reader.node().ddlRef();
            if (ctas && !ddl.isEmpty() && RowtimeRule.usesRowtime(read(project.root(), ddl))) {
                return true;
            }
        }
        return false;
    }

    /** The tables that read {@code name}, when the project has no graph (a cycle). */
    private static Set<String> readersByParents(Project project, String name) {
        Set<String> readers = new TreeSet<>();
        project.tables()
                .forEach(
                        (table, t) -> {
                            if (t.node().parents().contains(name)) {
                                readers.add(table);
                            }
                        });
        return readers;
    }

    private static String read(Path root, String file) {
        Path path = root.resolve(file);
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path + ": " + e.getMessage(), e);
        }
    }
}

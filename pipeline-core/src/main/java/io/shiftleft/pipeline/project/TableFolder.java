package io.shiftleft.pipeline.project;

import io.shiftleft.pipeline.cache.AnalysisCache;
import io.shiftleft.pipeline.cache.FileStat;
import io.shiftleft.pipeline.model.TableNode;
import io.shiftleft.pipeline.project.ProjectWalk.SqlEntry;
import io.shiftleft.pipeline.sql.SqlAnalysis;
import io.shiftleft.pipeline.sql.SqlAnalyzer;
import io.shiftleft.pipeline.sql.SqlProblem;
import io.shiftleft.pipeline.sql.TableName;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** One table folder: its SQL files, read (or known unchanged) and analysed. */
final class TableFolder {

    private static final byte[] NO_FILE = new byte[32];

    final String relativeFolder;
    final Path relativePath;
    String ddlRef = "";
    String dmlRef = "";
    SqlAnalysis ddl;
    SqlAnalysis dml;
    private byte[] ddlDigest = NO_FILE;
    private byte[] dmlDigest = NO_FILE;
    private StatementProperties ddlProperties = StatementProperties.NONE;
    private StatementProperties dmlProperties = StatementProperties.NONE;

    private TableFolder(Path relativePath) {
        this.relativePath = relativePath;
        this.relativeFolder = ProjectLayout.ref(relativePath);
    }

    /**
     * Reads the folder's DDL and DML.
     *
     * @param files the SQL entries the walk found in the folder, or null to list it
     */
    static TableFolder read(
            Path root,
            Path sqlScripts,
            List<SqlEntry> files,
            SqlAnalyzer analyzer,
            AnalysisCache cache,
            List<ProjectProblem> problems) {
        TableFolder folder = new TableFolder(root.relativize(sqlScripts.getParent()));
        List<SqlEntry> entries;
        try {
            entries = files != null ? files : list(sqlScripts);
        } catch (IOException e) {
            problems.add(
                    ProjectProblem.error(
                            "UNREADABLE", folder.relativeFolder, 0, "Cannot list: " + e));
            return folder;
        }
        List<SqlEntry> ddls = new ArrayList<>();
        List<SqlEntry> dmls = new ArrayList<>();
        Map<String, SqlEntry> properties = new HashMap<>();
        for (SqlEntry f : sorted(entries)) {
            String name = f.path().getFileName().toString();
            if (!isRegularFile(f)) {
                continue;
            }
            if (name.endsWith(ProjectWalk.PROPERTIES)) {
                properties.put(name, f);
                continue;
            }
            if (name.startsWith("ddl.") && !name.contains("dlq")) {
                ddls.add(f);
            } else if (name.startsWith("dml.")) {
                dmls.add(f);
            }
        }
        ambiguous(folder, ddls, "DDL", problems);
        ambiguous(folder, dmls, "DML", problems);
        if (ddls.isEmpty()) {
            problems.add(
                    ProjectProblem.error(
                            "MISSING_DDL",
                            folder.relativeFolder + "/sql-scripts",
                            0,
                            "No DDL file (ddl.<table>.sql) in this sql-scripts folder"));
        } else {
            folder.ddlRef = ProjectLayout.ref(root.relativize(ddls.get(0).path()));
            AnalysisCache.SqlFile ddl =
                    analyze(ddls.get(0), folder.ddlRef, analyzer, cache, problems);
            folder.ddl = ddl.analysis();
            folder.ddlDigest = ddl.digest();
            folder.ddlProperties =
                    StatementProperties.sibling(root, ddls.get(0).path(), properties, problems);
        }
        if (!dmls.isEmpty()) {
            folder.dmlRef = ProjectLayout.ref(root.relativize(dmls.get(0).path()));
            AnalysisCache.SqlFile dml =
                    analyze(dmls.get(0), folder.dmlRef, analyzer, cache, problems);
            folder.dml = dml.analysis();
            folder.dmlDigest = dml.digest();
            folder.dmlProperties =
                    StatementProperties.sibling(root, dmls.get(0).path(), properties, problems);
        }
        return folder;
    }

    private static List<SqlEntry> list(Path sqlScripts) throws IOException {
        try (Stream<Path> files = Files.list(sqlScripts)) {
            List<SqlEntry> entries = new ArrayList<>();
            for (Path f :
                    files.filter(
                                    p ->
                                            p.toString().endsWith(".sql")
                                                    || p.toString()
                                                            .endsWith(ProjectWalk.PROPERTIES))
                            .toList()) {
                entries.add(
                        new SqlEntry(
                                f,
                                Files.readAttributes(
                                        f, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)));
            }
            return entries;
        }
    }

    private static List<SqlEntry> sorted(List<SqlEntry> entries) {
        List<SqlEntry> copy = new ArrayList<>(entries);
        copy.sort(Comparator.comparing(SqlEntry::path));
        return copy;
    }

    /** A regular file, or a link to one. */
    private static boolean isRegularFile(SqlEntry f) {
        return f.attributes().isRegularFile()
                || (f.attributes().isSymbolicLink() && Files.isRegularFile(f.path()));
    }

    private static void ambiguous(
            TableFolder folder, List<SqlEntry> files, String kind, List<ProjectProblem> problems) {
        if (files.size() > 1) {
            problems.add(
                    ProjectProblem.error(
                            "AMBIGUOUS_" + kind,
                            folder.relativeFolder + "/sql-scripts",
                            0,
                            "Several "
                                    + kind
                                    + " files: "
                                    + files.stream()
                                            .map(p -> p.path().getFileName().toString())
                                            .toList()
                                    + "; using "
                                    + files.get(0).path().getFileName()));
        }
    }

    private static AnalysisCache.SqlFile analyze(
            SqlEntry file,
            String ref,
            SqlAnalyzer analyzer,
            AnalysisCache cache,
            List<ProjectProblem> problems) {
        AnalysisCache.SqlFile read;
        try {
            FileStat stat =
                    file.attributes().isSymbolicLink()
                            ? FileStat.of(file.path())
                            : FileStat.of(file.attributes());
            read = cache.read(analyzer, file.path(), ref, stat);
        } catch (MalformedInputException e) {
            problems.add(ProjectProblem.error("UNREADABLE", ref, 0, "Not UTF-8 text"));
            read = new AnalysisCache.SqlFile(cache.analyze(analyzer, "", ref), NO_FILE, true);
        } catch (IOException e) {
            problems.add(ProjectProblem.error("UNREADABLE", ref, 0, "Cannot read: " + e));
            read = new AnalysisCache.SqlFile(cache.analyze(analyzer, "", ref), NO_FILE, true);
        }
        for (SqlProblem p : read.analysis().problems()) {
            problems.add(
                    new ProjectProblem(
                            p.severity().name().equals("ERROR")
                                    ? ProjectProblem.Severity.ERROR
                                    : ProjectProblem.Severity.WARNING,
                            "SQL",
                            ref,
                            p.line(),
                            p.message()));
        }
        return read;
    }

    /**
     * SHA-256 (hex) over the digests of the DDL's and the DML's text (32 zero bytes for a missing
     * file) and of their properties files (when there are some): changes exactly when any of them
     * changes (line ends aside).
     */
    String sqlHash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(ddlDigest);
            digest.update(dmlDigest);
            ddlProperties.digest().ifPresent(d -> digest.update(d));
            dmlProperties.digest().ifPresent(d -> digest.update(d));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    String mainFile() {
        return dmlRef.isEmpty() ? ddlRef : dmlRef;
    }

    /** The table's name: the DML's target, else the DDL's; a mismatch is an error. */
    Optional<String> tableName(List<ProjectProblem> problems) {
        Optional<String> fromDdl = firstTarget(ddl);
        Optional<String> fromDml = firstTarget(dml);
        if (fromDdl.isPresent() && fromDml.isPresent() && !fromDdl.equals(fromDml)) {
            problems.add(
                    ProjectProblem.error(
                            "DDL_DML_MISMATCH",
                            dmlRef,
                            0,
                            "The DML writes to '"
                                    + fromDml.get()
                                    + "' but the DDL creates '"
                                    + fromDdl.get()
                                    + "'"));
        }
        Optional<String> name = fromDml.or(() -> fromDdl);
        if (name.isEmpty() && (ddl != null || dml != null)) {
            problems.add(
                    ProjectProblem.error(
                            "NO_TABLE",
                            mainFile(),
                            0,
                            "Neither the DDL nor the DML names a table (no CREATE TABLE, no"
                                    + " INSERT INTO)"));
        }
        return name;
    }

    private static Optional<String> firstTarget(SqlAnalysis analysis) {
        if (analysis == null || analysis.targets().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(analysis.targets().get(0).name());
    }

    /** What the table reads: the DML's sources, or the DDL's for CTAS-like tables. */
    Set<String> parentNames(String self) {
        Set<String> names = new TreeSet<>();
        SqlAnalysis reading = dml != null ? dml : ddl;
        if (reading != null) {
            for (TableName t : reading.sources()) {
                names.add(t.name());
            }
        }
        if (dml != null && ddl != null) {
            ddl.sources().forEach(t -> names.add(t.name()));
        }
        names.remove(self);
        return names;
    }

    ProjectTable toTable(String name, Set<String> parents) {
        TableNode node =
                new TableNode(
                        name,
                        ProjectLayout.productOf(relativePath),
                        ProjectLayout.typeOf(relativePath),
                        SqlAnalyzer.stateForm(dml, ddl),
                        relativeFolder,
                        ddlRef,
                        dmlRef,
                        null,
                        parents,
                        Set.of());
        return new ProjectTable(
                node, ddl, dml, sqlHash(), ddlProperties.values(), dmlProperties.values());
    }
}

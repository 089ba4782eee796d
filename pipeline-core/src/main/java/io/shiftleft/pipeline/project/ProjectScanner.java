package io.shiftleft.pipeline.project;

import io.shiftleft.pipeline.cache.AnalysisCache;
import io.shiftleft.pipeline.graph.CycleException;
import io.shiftleft.pipeline.graph.TableGraph;
import io.shiftleft.pipeline.model.StateForm;
import io.shiftleft.pipeline.model.TableNode;
import io.shiftleft.pipeline.model.TableType;
import io.shiftleft.pipeline.sql.SqlAnalysis;
import io.shiftleft.pipeline.sql.SqlAnalyzer;
import io.shiftleft.pipeline.sql.SqlProblem;
import io.shiftleft.pipeline.sql.TableName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * Reads a project in shift_left's layout into tables, a graph and problems. Never throws for bad
 * content: missing or unreadable files, unparsable SQL, duplicates and cycles become problems with
 * file and line. SQL files are analysed in parallel.
 */
public final class ProjectScanner {

    /** Name of the folder holding every table. */
    public static final String PIPELINES = "pipelines";

    private final SqlAnalyzer analyzer;
    private final ScanOptions options;
    private final AnalysisCache cache;

    public ProjectScanner(SqlAnalyzer analyzer, ScanOptions options) {
        this(analyzer, options, null);
    }

    /**
     * A scanner that takes the analysis of a SQL text from the cache when the same text was
     * analysed before, and adds what it analyses to it.
     *
     * @param cache the analyses by content, or null to analyse every file
     */
    public ProjectScanner(SqlAnalyzer analyzer, ScanOptions options, AnalysisCache cache) {
        this.analyzer = analyzer;
        this.options = options;
        this.cache = cache;
    }

    /**
     * Scans the project whose root contains {@code pipelines/}.
     *
     * @throws IllegalArgumentException when there is no {@code pipelines} folder
     */
    public Project scan(Path projectRoot) {
        return scan(projectRoot, ScanProgress.NONE);
    }

    /**
     * Scans the project whose root contains {@code pipelines/}, telling {@code progress} as each
     * table folder is read.
     *
     * @throws IllegalArgumentException when there is no {@code pipelines} folder
     */
    public Project scan(Path projectRoot, ScanProgress progress) {
        Path root = projectRoot.toAbsolutePath().normalize();
        Path pipelines = root.resolve(PIPELINES);
        if (!Files.isDirectory(pipelines)) {
            throw new IllegalArgumentException(
                    "No '"
                            + PIPELINES
                            + "' folder in "
                            + root
                            + ": point --project-path at the"
                            + " folder that contains it");
        }
        List<ProjectProblem> problems = Collections.synchronizedList(new ArrayList<>());
        Walk walk = walk(pipelines);
        List<Path> scripts = walk.sqlScripts();
        AtomicInteger done = new AtomicInteger();
        List<TableFolder> folders =
                scripts.parallelStream()
                        .map(
                                f -> {
                                    TableFolder folder =
                                            TableFolder.read(root, f, this::analyze, problems)
                                                    .hashed();
                                    progress.folderRead(done.incrementAndGet(), scripts.size());
                                    return folder;
                                })
                        .toList();
        SortedMap<String, ProjectTable> tables = new TreeMap<>();
        Map<String, TableFolder> sourceOf = new TreeMap<>();
        for (TableFolder folder : folders) {
            folder.tableName(problems)
                    .ifPresent(
                            name -> {
                                TableFolder first = sourceOf.putIfAbsent(name, folder);
                                if (first != null) {
                                    problems.add(
                                            ProjectProblem.error(
                                                    "DUPLICATE_TABLE",
                                                    folder.relativeFolder,
                                                    0,
                                                    "Table '"
                                                            + name
                                                            + "' is also defined in "
                                                            + first.relativeFolder));
                                }
                            });
        }
        Set<String> known = new TreeSet<>(sourceOf.keySet());
        Map<String, ExternalTables.Entry> externals =
                ExternalTables.read(walk.manifests(), root, known, problems);
        known.addAll(externals.keySet());
        SortedSet<String> unknown = new TreeSet<>();
        for (Map.Entry<String, TableFolder> e : sourceOf.entrySet()) {
            TableFolder folder = e.getValue();
            Set<String> parents = new TreeSet<>();
            for (String parent : folder.parentNames(e.getKey())) {
                if (known.contains(parent)) {
                    parents.add(parent);
                } else if (options.keepUnknownReferencesAsExternal()) {
                    unknown.add(parent);
                    parents.add(parent);
                } else {
                    problems.add(
                            ProjectProblem.warning(
                                    "UNKNOWN_REFERENCE",
                                    folder.mainFile(),
                                    0,
                                    "Table '" + parent + "' is read but defined nowhere; ignored"));
                }
            }
            tables.put(e.getKey(), folder.toTable(e.getKey(), parents));
        }
        externals.forEach((name, entry) -> tables.put(name, entry.toTable()));
        for (String name : unknown) {
            tables.put(
                    name,
                    new ProjectTable(
                            externalNode(name, options.externalProduct(), name, ""),
                            null,
                            null,
                            ""));
        }
        Optional<TableGraph> graph = graph(tables, problems);
        List<ProjectProblem> sorted = new ArrayList<>(problems);
        Collections.sort(sorted);
        List<String> looseSql =
                walk.looseSqlFiles().stream()
                        .map(f -> ProjectLayout.ref(root.relativize(f)))
                        .toList();
        return new Project(
                root, Collections.unmodifiableSortedMap(tables), graph, unknown, looseSql, sorted);
    }

    private SqlAnalysis analyze(String text, String file) {
        return cache == null ? analyzer.analyze(text, file) : cache.analyze(analyzer, text, file);
    }

    private static Optional<TableGraph> graph(
            SortedMap<String, ProjectTable> tables, List<ProjectProblem> problems) {
        try {
            return Optional.of(
                    TableGraph.of(tables.values().stream().map(ProjectTable::node).toList()));
        } catch (CycleException e) {
            String first = e.cycle().get(0);
            problems.add(
                    ProjectProblem.error(
                            "CYCLE", tables.get(first).node().folder(), 0, e.getMessage()));
            return Optional.empty();
        }
    }

    static TableNode externalNode(String name, String product, String topic, String folder) {
        return new TableNode(
                name,
                product,
                TableType.EXTERNAL_KAFKA,
                StateForm.STATELESS,
                folder.isEmpty() ? PIPELINES + "/seeds/" + name : folder,
                "",
                "",
                topic,
                Set.of(),
                Set.of());
    }

    /**
     * What one walk of {@code pipelines/} finds.
     *
     * @param sqlScripts every folder named {@code sql-scripts} (a link to a folder too, though
     *     links are not followed), except under a {@code tests} folder, sorted
     * @param manifests every {@code seeds/external_tables.json}, sorted
     * @param looseSqlFiles SQL files outside any {@code sql-scripts} or {@code tests} folder,
     *     sorted
     */
    record Walk(List<Path> sqlScripts, List<Path> manifests, List<Path> looseSqlFiles) {}

    /** One pass over the tree that reads each entry's attributes once. */
    static Walk walk(Path pipelines) {
        List<Path> folders = new ArrayList<>();
        List<Path> manifests = new ArrayList<>();
        List<Path> loose = new ArrayList<>();
        try {
            Files.walkFileTree(
                    pipelines,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(
                                Path dir, BasicFileAttributes attributes) {
                            if (isSqlScripts(dir)) {
                                folders.add(dir);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(
                                Path file, BasicFileAttributes attributes) {
                            String name = file.getFileName().toString();
                            if (attributes.isSymbolicLink()
                                    && isSqlScripts(file)
                                    && Files.isDirectory(file)) {
                                folders.add(file);
                            } else if (name.equals("external_tables.json")
                                    && file.getParent().getFileName().toString().equals("seeds")) {
                                manifests.add(file);
                            } else if (name.endsWith(".sql") && attributes.isRegularFile()) {
                                String ref = ProjectLayout.ref(pipelines.relativize(file));
                                if (!ref.contains("sql-scripts/") && !isUnderTests(ref)) {
                                    loose.add(file);
                                }
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + pipelines, e);
        }
        folders.removeIf(p -> isUnderTests(ProjectLayout.ref(pipelines.relativize(p))));
        Collections.sort(folders);
        Collections.sort(manifests);
        Collections.sort(loose);
        return new Walk(folders, manifests, loose);
    }

    private static boolean isUnderTests(String relativeRef) {
        return relativeRef.startsWith("tests/") || relativeRef.contains("/tests/");
    }

    private static boolean isSqlScripts(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().equals("sql-scripts");
    }

    /** One table folder: its SQL files, read and analysed. */
    private static final class TableFolder {
        final String relativeFolder;
        final Path relativePath;
        String ddlRef = "";
        String dmlRef = "";
        String ddlText = "";
        String dmlText = "";
        SqlAnalysis ddl;
        SqlAnalysis dml;
        String sqlHash;

        private TableFolder(Path relativePath) {
            this.relativePath = relativePath;
            this.relativeFolder = ProjectLayout.ref(relativePath);
        }

        static TableFolder read(
                Path root,
                Path sqlScripts,
                BiFunction<String, String, SqlAnalysis> analyzer,
                List<ProjectProblem> problems) {
            TableFolder folder = new TableFolder(root.relativize(sqlScripts.getParent()));
            List<Path> ddls = new ArrayList<>();
            List<Path> dmls = new ArrayList<>();
            try (Stream<Path> files = Files.list(sqlScripts)) {
                for (Path f : files.sorted().toList()) {
                    String name = f.getFileName().toString();
                    if (!name.endsWith(".sql") || !Files.isRegularFile(f)) {
                        continue;
                    }
                    if (name.startsWith("ddl.") && !name.contains("dlq")) {
                        ddls.add(f);
                    } else if (name.startsWith("dml.")) {
                        dmls.add(f);
                    }
                }
            } catch (IOException e) {
                problems.add(
                        ProjectProblem.error(
                                "UNREADABLE", folder.relativeFolder, 0, "Cannot list: " + e));
                return folder;
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
                folder.ddlRef = ProjectLayout.ref(root.relativize(ddls.get(0)));
                folder.ddlText = text(ddls.get(0), folder.ddlRef, problems);
                folder.ddl = analyze(analyzer, folder.ddlText, folder.ddlRef, problems);
            }
            if (!dmls.isEmpty()) {
                folder.dmlRef = ProjectLayout.ref(root.relativize(dmls.get(0)));
                folder.dmlText = text(dmls.get(0), folder.dmlRef, problems);
                folder.dml = analyze(analyzer, folder.dmlText, folder.dmlRef, problems);
            }
            return folder;
        }

        private static void ambiguous(
                TableFolder folder, List<Path> files, String kind, List<ProjectProblem> problems) {
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
                                                .map(p -> p.getFileName().toString())
                                                .toList()
                                        + "; using "
                                        + files.get(0).getFileName()));
            }
        }

        private static String text(Path file, String ref, List<ProjectProblem> problems) {
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                return text.startsWith("\uFEFF") ? text.substring(1) : text;
            } catch (MalformedInputException e) {
                problems.add(ProjectProblem.error("UNREADABLE", ref, 0, "Not UTF-8 text"));
            } catch (IOException e) {
                problems.add(ProjectProblem.error("UNREADABLE", ref, 0, "Cannot read: " + e));
            }
            return "";
        }

        private static SqlAnalysis analyze(
                BiFunction<String, String, SqlAnalysis> analyzer,
                String text,
                String ref,
                List<ProjectProblem> problems) {
            SqlAnalysis analysis = analyzer.apply(text, ref);
            for (SqlProblem p : analysis.problems()) {
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
            return analysis;
        }

        /** Hashes the SQL text, in the parallel part of the scan. */
        TableFolder hashed() {
            sqlHash = sha256(ddlText + "\n--\n" + dmlText);
            return this;
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
            return new ProjectTable(node, ddl, dml, sqlHash);
        }
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] bytes =
                    digest.digest(text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}

package io.shiftleft.pipeline.project;

import io.shiftleft.pipeline.cache.AnalysisCache;
import io.shiftleft.pipeline.cache.FileStat;
import io.shiftleft.pipeline.graph.CycleException;
import io.shiftleft.pipeline.graph.TableGraph;
import io.shiftleft.pipeline.model.StateForm;
import io.shiftleft.pipeline.model.TableNode;
import io.shiftleft.pipeline.model.TableType;
import io.shiftleft.pipeline.sql.SqlAnalyzer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

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
        this.cache = cache == null ? AnalysisCache.inMemory() : cache;
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
        ProjectWalk walk = ProjectWalk.of(pipelines);
        walk.definitions()
                .forEach(
                        (file, attributes) ->
                                cache.files()
                                        .observe(
                                                ProjectLayout.ref(root.relativize(file)),
                                                FileStat.of(attributes)));
        List<Path> scripts = walk.sqlScripts();
        AtomicInteger done = new AtomicInteger();
        List<TableFolder> folders =
                scripts.parallelStream()
                        .map(
                                f -> {
                                    TableFolder folder =
                                            TableFolder.read(
                                                    root,
                                                    f,
                                                    walk.sqlFiles().get(f),
                                                    analyzer,
                                                    cache,
                                                    problems);
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
}

package io.shiftleft.pipeline.project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

/**
 * What one walk of {@code pipelines/} finds, each entry's attributes read once (links are not
 * followed, except a linked {@code sql-scripts} folder, which is listed when it is read).
 *
 * @param sqlScripts every folder named {@code sql-scripts} outside a {@code tests} folder, sorted
 * @param sqlFiles the {@code .sql} and {@code .properties} entries directly in each of those
 *     folders, with their attributes (absent for a linked folder)
 * @param manifests every {@code seeds/external_tables.json}, sorted
 * @param looseSqlFiles SQL files outside any {@code sql-scripts} or {@code tests} folder, sorted
 * @param definitions every {@code pipeline_definition.json} and its attributes
 */
record ProjectWalk(
        List<Path> sqlScripts,
        Map<Path, List<SqlEntry>> sqlFiles,
        List<Path> manifests,
        List<Path> looseSqlFiles,
        Map<Path, BasicFileAttributes> definitions) {

    private static final String DEFINITION_FILE = "pipeline_definition.json";

    /** The suffix of a SQL file's sibling statement-properties file. */
    static final String PROPERTIES = ".properties";

    /** A SQL file of a {@code sql-scripts} folder and its attributes (not following links). */
    record SqlEntry(Path path, BasicFileAttributes attributes) {}

    /** One pass over the tree, directories listed in parallel. */
    static ProjectWalk of(Path pipelines) {
        Collector found = new Collector(pipelines);
        try {
            ForkJoinPool.commonPool().invoke(new Folder(pipelines, found));
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException(
                    "Cannot list " + pipelines + ": " + e.getMessage(), e.getCause());
        }
        List<Path> folders = new ArrayList<>(found.folders);
        folders.removeIf(p -> isUnderTests(ProjectLayout.ref(pipelines.relativize(p))));
        List<Path> manifests = new ArrayList<>(found.manifests);
        List<Path> loose = new ArrayList<>(found.loose);
        Collections.sort(folders);
        Collections.sort(manifests);
        Collections.sort(loose);
        return new ProjectWalk(
                folders,
                Map.copyOf(found.sqlFiles),
                manifests,
                loose,
                Map.copyOf(found.definitions));
    }

    /** What the parallel listing finds, in thread-safe collections. */
    private static final class Collector {
        final Path pipelines;
        final Queue<Path> folders = new ConcurrentLinkedQueue<>();
        final Map<Path, List<SqlEntry>> sqlFiles = new ConcurrentHashMap<>();
        final Queue<Path> manifests = new ConcurrentLinkedQueue<>();
        final Queue<Path> loose = new ConcurrentLinkedQueue<>();
        final Map<Path, BasicFileAttributes> definitions = new ConcurrentHashMap<>();

        Collector(Path pipelines) {
            this.pipelines = pipelines;
        }

        void file(Path file, BasicFileAttributes attributes) {
            String name = file.getFileName().toString();
            Path parent = file.getParent();
            if (attributes.isSymbolicLink() && isSqlScripts(file) && Files.isDirectory(file)) {
                folders.add(file);
            } else if ((name.endsWith(".sql") || name.endsWith(PROPERTIES))
                    && isSqlScripts(parent)) {
                sqlFiles.computeIfAbsent(parent, p -> new CopyOnWriteArrayList<>())
                        .add(new SqlEntry(file, attributes));
            } else if (name.equals(DEFINITION_FILE) && attributes.isRegularFile()) {
                definitions.put(file, attributes);
            } else if (name.equals("external_tables.json")
                    && parent.getFileName().toString().equals("seeds")) {
                manifests.add(file);
            } else if (name.endsWith(".sql") && attributes.isRegularFile()) {
                String ref = ProjectLayout.ref(pipelines.relativize(file));
                if (!ref.contains("sql-scripts/") && !isUnderTests(ref)) {
                    loose.add(file);
                }
            }
        }
    }

    /**
     * Lists one folder (each entry's attributes read once, links not followed), then its folders.
     */
    private static final class Folder extends RecursiveAction {
        private final Path dir;
        private final Collector found;

        Folder(Path dir, Collector found) {
            this.dir = dir;
            this.found = found;
        }

        @Override
        protected void compute() {
            List<Folder> below = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path entry : entries) {
                    BasicFileAttributes attributes =
                            Files.readAttributes(
                                    entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    if (attributes.isDirectory()) {
                        if (isSqlScripts(entry)) {
                            found.folders.add(entry);
                        }
                        below.add(new Folder(entry, found));
                    } else {
                        found.file(entry, attributes);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(dir + ": " + e, e);
            }
            invokeAll(below);
        }
    }

    private static boolean isUnderTests(String relativeRef) {
        return relativeRef.startsWith("tests/") || relativeRef.contains("/tests/");
    }

    private static boolean isSqlScripts(Path path) {
        Path name = path == null ? null : path.getFileName();
        return name != null && name.toString().equals("sql-scripts");
    }
}

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
            ForkJoinPool.commonPool().invoke(new Folder(pipelines, 0, found));
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

        /**
         * One entry that is not a folder.
         *
         * @param parentName the name of the folder it is in
         */
        void file(Path file, BasicFileAttributes attributes, String parentName) {
            String name = file.getFileName().toString();
            boolean inSqlScripts = parentName.equals(SQL_SCRIPTS);
            if (attributes.isSymbolicLink()
                    && name.equals(SQL_SCRIPTS)
                    && Files.isDirectory(file)) {
                folders.add(file);
            } else if ((name.endsWith(".sql") || name.endsWith(PROPERTIES)) && inSqlScripts) {
                sqlFiles.computeIfAbsent(file.getParent(), p -> new CopyOnWriteArrayList<>())
                        .add(new SqlEntry(file, attributes));
            } else if (name.equals(DEFINITION_FILE) && attributes.isRegularFile()) {
                definitions.put(file, attributes);
            } else if (name.equals("external_tables.json") && parentName.equals("seeds")) {
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
     * Lists one folder (each entry's attributes read once, links not followed), then its folders:
     * the folders of the first levels (layers, products) as parallel tasks, deeper ones (table
     * folders and below) in the same task, where a task would cost more than the listing.
     */
    private static final class Folder extends RecursiveAction {
        private static final int PARALLEL_DEPTH = 2;

        private final Path dir;
        private final int depth;
        private final Collector found;

        Folder(Path dir, int depth, Collector found) {
            this.dir = dir;
            this.depth = depth;
            this.found = found;
        }

        @Override
        protected void compute() {
            List<Folder> below = new ArrayList<>();
            list(dir, depth, below);
            invokeAll(below);
        }

        private void list(Path folder, int level, List<Folder> parallel) {
            Path folderName = folder.getFileName();
            String name = folderName == null ? "" : folderName.toString();
            List<Path> deeper = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
                for (Path entry : entries) {
                    BasicFileAttributes attributes =
                            Files.readAttributes(
                                    entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    if (attributes.isDirectory()) {
                        if (isSqlScripts(entry)) {
                            found.folders.add(entry);
                        }
                        if (level < PARALLEL_DEPTH) {
                            parallel.add(new Folder(entry, level + 1, found));
                        } else {
                            deeper.add(entry);
                        }
                    } else {
                        found.file(entry, attributes, name);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(folder + ": " + e, e);
            }
            for (Path sub : deeper) {
                list(sub, level + 1, parallel);
            }
        }
    }

    private static boolean isUnderTests(String relativeRef) {
        return relativeRef.startsWith("tests/") || relativeRef.contains("/tests/");
    }

    private static final String SQL_SCRIPTS = "sql-scripts";

    private static boolean isSqlScripts(Path path) {
        Path name = path == null ? null : path.getFileName();
        return name != null && name.toString().equals(SQL_SCRIPTS);
    }
}

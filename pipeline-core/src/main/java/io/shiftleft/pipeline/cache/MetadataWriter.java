package io.shiftleft.pipeline.cache;

import io.shiftleft.pipeline.metadata.InventoryEntry;
import io.shiftleft.pipeline.metadata.InventoryFile;
import io.shiftleft.pipeline.metadata.MetadataFileException;
import io.shiftleft.pipeline.metadata.PipelineDefinition;
import io.shiftleft.pipeline.metadata.PipelineDefinitionFile;
import io.shiftleft.pipeline.model.TableNode;
import io.shiftleft.pipeline.project.Project;
import io.shiftleft.pipeline.project.ProjectMetadata;
import io.shiftleft.pipeline.project.ProjectScanner;
import io.shiftleft.pipeline.project.ProjectTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes the same metadata files as {@link ProjectMetadata} (the inventory and every table's {@code
 * pipeline_definition.json}, whole, from the current SQL), but only those whose bytes would change:
 * each file is rendered, compared with what is on disk, and written (atomically, by the metadata
 * package) only when it differs. On an unchanged project nothing is written, so file times,
 * watchers and incremental tools see no change. Definitions are rendered in parallel and written by
 * several threads.
 */
public final class MetadataWriter {

    /**
     * What a write did.
     *
     * @param written files whose content changed (or that did not exist) and were written
     * @param unchanged files that already held the right bytes and were left alone
     */
    public record Result(int written, int unchanged) {

        Result plus(Result other) {
            return new Result(written + other.written, unchanged + other.unchanged);
        }
    }

    private static final byte[] NO_DIGEST = new byte[0];

    /** Threads that write files. */
    private static final int WRITERS = 16;

    private MetadataWriter() {}

    /** The inventory and every definition, each written only when its bytes change. */
    public static Result writeChanged(Project project) {
        return writeChanged(project, AnalysisCache.inMemory());
    }

    /**
     * The inventory and every definition, each written only when its bytes change; a definition
     * whose inputs and file are unchanged since the cache's stat index last saw them is neither
     * rendered nor read.
     */
    public static Result writeChanged(Project project, AnalysisCache cache) {
        DefinitionKeys keys = new DefinitionKeys(project);
        return writeInventory(project, cache.files(), keys)
                .plus(writeDefinitions(project, cache.files(), keys));
    }

    /** {@code pipelines/inventory.json}, written only when its bytes change. */
    public static Result writeInventory(Project project) {
        return writeInventory(project, AnalysisCache.inMemory().files(), null);
    }

    /**
     * The inventory, written only when its bytes change; neither rendered nor read when its inputs
     * (every member's entry, when {@code keys} is given) and its file are what the index saw.
     */
    private static Result writeInventory(Project project, FileIndex index, DefinitionKeys keys) {
        Map<String, InventoryEntry> entries = ProjectMetadata.inventory(project);
        String ref = ProjectScanner.PIPELINES + "/" + InventoryFile.FILE_NAME;
        Path file = project.root().resolve(ref);
        byte[] key = keys == null ? null : keys.ofAll(entries.keySet());
        FileStat stat = stat(file);
        if (key != null && stat != null && index.lookup(ref, stat, key).isPresent()) {
            return new Result(0, 1);
        }
        byte[] bytes = InventoryFile.toJson(entries).getBytes(StandardCharsets.US_ASCII);
        if (stat != null && holds(file, bytes)) {
            if (key != null) {
                index.put(ref, stat, key, NO_DIGEST);
            }
            return new Result(0, 1);
        }
        InventoryFile.write(file, entries);
        FileStat written = stat(file);
        if (key != null && written != null) {
            index.put(ref, written, key, NO_DIGEST);
        }
        return new Result(1, 0);
    }

    /**
     * The {@code pipeline_definition.json} of every table that has a folder (not external tables),
     * each written only when its bytes change.
     */
    public static Result writeDefinitions(Project project) {
        return writeDefinitions(
                project, AnalysisCache.inMemory().files(), new DefinitionKeys(project));
    }

    private static Result writeDefinitions(Project project, FileIndex index, DefinitionKeys keys) {
        List<TableNode> nodes =
                project.tables().values().stream()
                        .map(ProjectTable::node)
                        .filter(n -> !n.isExternal())
                        .toList();
        List<Runnable> writes =
                nodes.parallelStream()
                        .map(node -> definitionWrite(project, node, keys, index))
                        .filter(Objects::nonNull)
                        .toList();
        runAll(writes);
        return new Result(writes.size(), nodes.size() - writes.size());
    }

    /** The write of a table's definition, or null when the file already holds its bytes. */
    private static Runnable definitionWrite(
            Project project, TableNode node, DefinitionKeys keys, FileIndex index) {
        Path file = project.root().resolve(node.folder()).resolve(PipelineDefinitionFile.FILE_NAME);
        String ref = node.folder() + "/" + PipelineDefinitionFile.FILE_NAME;
        byte[] key = keys.of(node.tableName());
        FileStat stat = index.observed(ref).orElseGet(() -> stat(file));
        if (stat != null && index.lookup(ref, stat, key).isPresent()) {
            return null;
        }
        PipelineDefinition definition = ProjectMetadata.definition(project, node.tableName());
        byte[] bytes = PipelineDefinitionFile.toJson(definition).getBytes(StandardCharsets.UTF_8);
        if (stat != null && holds(file, bytes)) {
            index.put(ref, stat, key, NO_DIGEST);
            return null;
        }
        return () -> {
            PipelineDefinitionFile.write(file, definition);
            FileStat written = stat(file);
            if (written != null) {
                index.put(ref, written, key, NO_DIGEST);
            }
        };
    }

    /** The file's stat, null when it does not exist. */
    private static FileStat stat(Path file) {
        try {
            return FileStat.of(file);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new MetadataFileException(file, "I/O error while reading: " + e, e);
        }
    }

    /**
     * Runs the writes on {@value #WRITERS} threads: each write ends with a flush to the disk, and
     * concurrent flushes share the file system's journal commits, so this is I/O-bound, not
     * CPU-bound.
     */
    private static void runAll(List<Runnable> writes) {
        if (writes.size() <= 1) {
            writes.forEach(Runnable::run);
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(WRITERS, writes.size()));
        try {
            List<Future<?>> done = new ArrayList<>(writes.size());
            for (Runnable write : writes) {
                done.add(pool.submit(write));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing metadata files", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Whether the file exists and holds exactly these bytes. */
    private static boolean holds(Path file, byte[] bytes) {
        try {
            return Arrays.equals(Files.readAllBytes(file), bytes);
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            throw new MetadataFileException(file, "I/O error while reading: " + e, e);
        }
    }
}

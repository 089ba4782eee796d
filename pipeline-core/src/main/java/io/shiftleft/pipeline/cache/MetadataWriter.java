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

    /** Threads that write files. */
    private static final int WRITERS = 16;

    private MetadataWriter() {}

    /** The inventory and every definition, each written only when its bytes change. */
    public static Result writeChanged(Project project) {
        return writeInventory(project).plus(writeDefinitions(project));
    }

    /** {@code pipelines/inventory.json}, written only when its bytes change. */
    public static Result writeInventory(Project project) {
        Map<String, InventoryEntry> entries = ProjectMetadata.inventory(project);
        Path file =
                project.root().resolve(ProjectScanner.PIPELINES).resolve(InventoryFile.FILE_NAME);
        byte[] bytes = InventoryFile.toJson(entries).getBytes(StandardCharsets.US_ASCII);
        if (holds(file, bytes)) {
            return new Result(0, 1);
        }
        InventoryFile.write(file, entries);
        return new Result(1, 0);
    }

    /**
     * The {@code pipeline_definition.json} of every table that has a folder (not external tables),
     * each written only when its bytes change.
     */
    public static Result writeDefinitions(Project project) {
        List<TableNode> nodes =
                project.tables().values().stream()
                        .map(ProjectTable::node)
                        .filter(n -> !n.isExternal())
                        .toList();
        List<Runnable> writes =
                nodes.parallelStream()
                        .map(node -> definitionWrite(project, node))
                        .filter(Objects::nonNull)
                        .toList();
        runAll(writes);
        return new Result(writes.size(), nodes.size() - writes.size());
    }

    /** The write of a table's definition, or null when the file already holds its bytes. */
    private static Runnable definitionWrite(Project project, TableNode node) {
        Path file = project.root().resolve(node.folder()).resolve(PipelineDefinitionFile.FILE_NAME);
        PipelineDefinition definition = ProjectMetadata.definition(project, node.tableName());
        byte[] bytes = PipelineDefinitionFile.toJson(definition).getBytes(StandardCharsets.UTF_8);
        return holds(file, bytes) ? null : () -> PipelineDefinitionFile.write(file, definition);
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

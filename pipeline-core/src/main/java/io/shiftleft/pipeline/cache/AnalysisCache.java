package io.shiftleft.pipeline.cache;

import io.shiftleft.pipeline.cache.Digests.ContentKey;
import io.shiftleft.pipeline.sql.SqlAnalysis;
import io.shiftleft.pipeline.sql.SqlAnalyzer;
import io.shiftleft.pipeline.sql.SqlProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * SQL analyses by file content: a file whose text was analysed before, by the same analyzer, is not
 * parsed again. The key is the SHA-256 of the text (never a path or a modification time), and the
 * file holding the cache also records the analyzer's fingerprint (the bytes of its classes and the
 * versions of Flink's parser and Calcite), so that a cache made by other code is ignored.
 *
 * <p>The persistent form is one file, by default {@code .shift-left/cache/analysis.bin} under the
 * project root, read once by {@link #load(Path)}. A file that is missing, of another format or
 * analyzer version, truncated, altered or otherwise unreadable is ignored as a whole (see {@link
 * #stats()}), never trusted. {@link #save()} writes the analyses used since the cache was loaded
 * (so entries of deleted or edited files disappear), and writes nothing when they are exactly what
 * was loaded.
 *
 * <p>Thread-safe: a scanner may analyse files in parallel through one cache.
 */
public final class AnalysisCache {

    /** Where a project keeps its cache, relative to the project root. */
    public static final Path DEFAULT_FILE = Path.of(".shift-left", "cache", "analysis.bin");

    /** The stat index's file name, beside the cache file. */
    public static final String INDEX_FILE = "files.bin";

    /**
     * A SQL file's analysis and the digest of its text.
     *
     * @param analysis the analysis, its problems labelled with the file
     * @param digest SHA-256 of the text (UTF-8, byte-order mark removed, CRLF read as LF)
     * @param read whether the file was read (false: its stat matched the index)
     */
    public record SqlFile(SqlAnalysis analysis, byte[] digest, boolean read) {}

    /** What became of the persisted cache when this one was made. */
    public enum Load {
        /** Made in memory: nothing was read, nothing is saved. */
        IN_MEMORY,
        /** There was no cache file. */
        ABSENT,
        /** The file was read and its analyses are served. */
        LOADED,
        /** The file is sound but of another format or analyzer version: ignored. */
        STALE,
        /** The file is truncated, altered, not a cache or unreadable: ignored. */
        CORRUPT,
        /** The analyzer's fingerprint cannot be computed here: nothing is read or saved. */
        UNVERSIONED
    }

    /**
     * Counters of a cache.
     *
     * @param load what became of the cache file
     * @param detail why a file was ignored, else empty
     * @param loaded analyses read from the file
     * @param hits analyses served from the cache since it was made
     * @param misses analyses computed since it was made
     */
    public record Stats(Load load, String detail, int loaded, int hits, int misses) {}

    /** What was read from the cache file: its analyses, or why there are none. */
    private record Contents(
            byte[] fingerprint, Map<ContentKey, SqlAnalysis> analyses, Load load, String detail) {}

    private final Path file;
    private final FileIndex files;
    private final CompletableFuture<Contents> contents;
    private final Map<ContentKey, SqlAnalysis> used = new ConcurrentHashMap<>();
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();

    private AnalysisCache(Path file, FileIndex files, CompletableFuture<Contents> contents) {
        this.file = file;
        this.files = files;
        this.contents = contents;
    }

    /** A cache that lives as long as the object: nothing is read or written. */
    public static AnalysisCache inMemory() {
        return new AnalysisCache(
                null,
                FileIndex.none(),
                CompletableFuture.completedFuture(
                        new Contents(null, Map.of(), Load.IN_MEMORY, "")));
    }

    /** The cache of the project whose root is given ({@link #DEFAULT_FILE} under it). */
    public static AnalysisCache forProject(Path projectRoot) {
        return load(projectRoot.resolve(DEFAULT_FILE));
    }

    /**
     * The cache kept in a file, if there is a usable one; never fails on the file's content. The
     * file is read and decoded in the background, while the caller starts walking the project; the
     * first {@link #analyze} waits for it.
     *
     * @param file where the cache is kept; {@link #save()} writes there
     */
    public static AnalysisCache load(Path file) {
        Objects.requireNonNull(file, "file");
        return new AnalysisCache(
                file,
                FileIndex.load(file.resolveSibling(INDEX_FILE), AnalyzerFingerprint::ofIndex),
                CompletableFuture.supplyAsync(() -> read(file)));
    }

    private static Contents read(Path file) {
        Optional<byte[]> version = AnalyzerFingerprint.current();
        if (version.isEmpty()) {
            return new Contents(
                    null, Map.of(), Load.UNVERSIONED, "the analyzer's classes are unreadable");
        }
        byte[] fingerprint = version.get();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new Contents(fingerprint, Map.of(), Load.ABSENT, "");
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            return new Contents(fingerprint, Map.of(), Load.CORRUPT, e.toString());
        }
        try {
            return new Contents(
                    fingerprint, AnalysisCodec.decode(bytes, fingerprint), Load.LOADED, "");
        } catch (AnalysisCodec.Rejected e) {
            return new Contents(
                    fingerprint, Map.of(), e.stale() ? Load.STALE : Load.CORRUPT, e.getMessage());
        }
    }

    private Contents contents() {
        return contents.join();
    }

    /**
     * The analysis of a file's text: the cached one when this text was analysed before (its
     * problems relabelled with {@code file}), else {@code analyzer}'s.
     */
    public SqlAnalysis analyze(SqlAnalyzer analyzer, String text, String file) {
        return analyze(analyzer, text, file, ContentKey.of(text));
    }

    private SqlAnalysis analyze(SqlAnalyzer analyzer, String text, String file, ContentKey key) {
        SqlAnalysis cached = used.get(key);
        if (cached == null) {
            cached = contents().analyses().get(key);
            if (cached != null) {
                used.put(key, cached);
            }
        }
        if (cached != null) {
            hits.incrementAndGet();
            return labelled(cached, file);
        }
        misses.incrementAndGet();
        SqlAnalysis fresh = analyzer.analyze(text, file);
        used.put(key, labelled(fresh, ""));
        return fresh;
    }

    /** The stat index saved with this cache (empty for a cache in memory). */
    public FileIndex files() {
        return files;
    }

    /**
     * The analysis of a SQL file: when the index says the file is unchanged since it was last
     * analysed, from the cache without reading it; else read (strict UTF-8) and analysed as by
     * {@link #analyze}.
     *
     * @param ref the file's name in problems and in the index (relative to the project)
     * @param stat the file's stat, as the caller's walk read it
     * @throws java.nio.charset.MalformedInputException when the file is not UTF-8
     * @throws IOException when it cannot be read
     */
    public SqlFile read(SqlAnalyzer analyzer, Path path, String ref, FileStat stat)
            throws IOException {
        Optional<FileIndex.Entry> known = files.lookup(ref, stat);
        if (known.isPresent()) {
            ContentKey key = ContentKey.of(known.get().first());
            SqlAnalysis cached = used.get(key);
            if (cached == null) {
                cached = contents().analyses().get(key);
            }
            if (cached != null) {
                used.put(key, cached);
                hits.incrementAndGet();
                return new SqlFile(labelled(cached, ref), known.get().second(), false);
            }
        }
        String text = SqlText.read(path);
        byte[] raw = Digests.sha256().digest(text.getBytes(StandardCharsets.UTF_8));
        byte[] digest =
                text.indexOf('\r') < 0
                        ? raw
                        : Digests.sha256()
                                .digest(
                                        text.replace("\r\n", "\n")
                                                .getBytes(StandardCharsets.UTF_8));
        SqlAnalysis analysis = analyze(analyzer, text, ref, ContentKey.of(raw));
        files.put(ref, stat, raw, digest);
        return new SqlFile(analysis, digest, true);
    }

    /**
     * Writes the analyses used since the cache was made to its file, atomically (a temporary file
     * moved over the old one), unless they are exactly the ones loaded or the cache is in memory;
     * writes the stat index too when it changed.
     *
     * @return whether the file was written
     * @throws UncheckedIOException when the file cannot be written
     */
    public boolean save() {
        files.save();
        Contents loaded = contents();
        if (file == null
                || loaded.fingerprint() == null
                || (misses.get() == 0 && used.keySet().equals(loaded.analyses().keySet()))) {
            return false;
        }
        byte[] bytes = AnalysisCodec.encode(loaded.fingerprint(), used);
        try {
            AtomicFiles.write(file, bytes);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot write the analysis cache " + file.toAbsolutePath(), e);
        }
    }

    /** What was loaded, and the hits and misses since. */
    public Stats stats() {
        Contents loaded = contents();
        return new Stats(
                loaded.load(), loaded.detail(), loaded.analyses().size(), hits.get(), misses.get());
    }

    /** The analysis with every problem's file set to {@code file}. */
    private static SqlAnalysis labelled(SqlAnalysis analysis, String file) {
        List<SqlProblem> problems = analysis.problems();
        if (problems.stream().allMatch(p -> p.file().equals(file))) {
            return analysis;
        }
        return new SqlAnalysis(
                analysis.kind(),
                analysis.targets(),
                analysis.sources(),
                analysis.primaryKey(),
                analysis.changelogMode(),
                analysis.withOptions(),
                analysis.complexity(),
                analysis.stateSignals(),
                problems.stream()
                        .map(
                                p ->
                                        new SqlProblem(
                                                p.severity(),
                                                file,
                                                p.line(),
                                                p.column(),
                                                p.message()))
                        .toList());
    }
}

package io.shiftleft.pipeline.cache;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A stat index in front of content digests, as git keeps one: for each file seen on the last run,
 * its {@link FileStat} and two digests computed from its content (or, for a generated file, from
 * what it was generated from). When a file's stat is what the index recorded, its digests are
 * served without reading it.
 *
 * <p>Racy files: a file modified in the same clock tick as the index was written could change again
 * without changing its stat. Like git, an entry is trusted only when the file's modification time
 * is strictly before the index file's own; other entries are checked by reading, and the index is
 * written again so that the next run trusts them.
 *
 * <p>The index is tied to the code that made it (a fingerprint of the analyzer and of the metadata
 * writer): an index of other code, a damaged or truncated file, is ignored as a whole. Only the
 * entries used in this run are saved, so deleted files drop out. Thread-safe.
 */
public final class FileIndex {

    /** One file's record. */
    public record Entry(FileStat stat, byte[] first, byte[] second) {}

    private static final byte[] MAGIC = {'S', 'L', 'F', 'I'};
    private static final int FORMAT_VERSION = 1;

    private final Path file;
    private final CompletableFuture<Optional<byte[]>> fingerprint;
    private final CompletableFuture<Loaded> loaded;
    private final Map<String, Entry> used = new ConcurrentHashMap<>();
    private final AtomicBoolean dirty = new AtomicBoolean();
    private final AtomicInteger served = new AtomicInteger();
    private final Map<String, FileStat> observed = new ConcurrentHashMap<>();

    private record Loaded(Map<String, Entry> entries, long savedNanos) {}

    private FileIndex(
            Path file,
            CompletableFuture<Optional<byte[]>> fingerprint,
            CompletableFuture<Loaded> loaded) {
        this.file = file;
        this.fingerprint = fingerprint;
        this.loaded = loaded;
    }

    /** An index that knows nothing and saves nothing. */
    static FileIndex none() {
        return new FileIndex(
                null,
                CompletableFuture.completedFuture(Optional.empty()),
                CompletableFuture.completedFuture(new Loaded(Map.of(), Long.MIN_VALUE)));
    }

    /**
     * The index kept in {@code file}, read in the background (the fingerprint too); ignored when it
     * is not usable.
     */
    static FileIndex load(Path file, Supplier<Optional<byte[]>> fingerprint) {
        CompletableFuture<Optional<byte[]>> print = CompletableFuture.supplyAsync(fingerprint);
        return new FileIndex(
                file,
                print,
                print.thenApply(
                        p ->
                                p.map(bytes -> read(file, bytes))
                                        .orElse(new Loaded(Map.of(), Long.MIN_VALUE))));
    }

    /**
     * The entry of {@code ref} when its stat is still {@code stat} and it is not racy; empty when
     * the file must be read.
     */
    public Optional<Entry> lookup(String ref, FileStat stat) {
        return lookup(ref, stat, null);
    }

    /**
     * The entry of {@code ref} when its stat is still {@code stat}, it is not racy, and its first
     * digest is {@code first} (unless null); empty when the file must be read or written.
     */
    public Optional<Entry> lookup(String ref, FileStat stat, byte[] first) {
        Loaded index = loaded.join();
        Entry entry = index.entries().get(ref);
        if (entry == null
                || !entry.stat().equals(stat)
                || (first != null && !Arrays.equals(entry.first(), first))) {
            return Optional.empty();
        }
        if (stat.modifiedNanos() >= index.savedNanos()) {
            return Optional.empty();
        }
        used.put(ref, entry);
        served.incrementAndGet();
        return Optional.of(entry);
    }

    /**
     * Remembers the stat of a file seen while walking the project (a generated file the walk
     * passed), so that the writer of that file need not ask the file system again.
     */
    public void observe(String ref, FileStat stat) {
        observed.put(ref, stat);
    }

    /** The stat {@link #observe} recorded for the file in this run, if any. */
    public Optional<FileStat> observed(String ref) {
        return Optional.ofNullable(observed.get(ref));
    }

    /** How many lookups found their file unchanged (files that were then not read). */
    public int served() {
        return served.get();
    }

    /** Records what a file (just read or written) holds. */
    public void put(String ref, FileStat stat, byte[] first, byte[] second) {
        Entry entry = new Entry(stat, first.clone(), second.clone());
        used.put(ref, entry);
        Entry before = loaded.join().entries().get(ref);
        if (before == null
                || !before.stat().equals(stat)
                || !Arrays.equals(before.first(), first)
                || !Arrays.equals(before.second(), second)
                || stat.modifiedNanos() >= loaded.join().savedNanos()) {
            dirty.set(true);
        }
    }

    /**
     * Writes the entries used in this run, unless they are what was loaded.
     *
     * @return whether the file was written
     */
    boolean save() {
        Map<String, Entry> before = loaded.join().entries();
        Optional<byte[]> print = fingerprint.join();
        if (file == null
                || print.isEmpty()
                || (!dirty.get() && used.keySet().equals(before.keySet()))) {
            return false;
        }
        try {
            AtomicFiles.write(file, encode(print.get()));
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the file index " + file, e);
        }
    }

    private byte[] encode(byte[] fingerprint) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(used.size() * 160);
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(MAGIC);
        out.writeInt(FORMAT_VERSION);
        out.write(fingerprint);
        out.writeInt(used.size());
        for (Map.Entry<String, Entry> e : used.entrySet()) {
            byte[] ref = e.getKey().getBytes(StandardCharsets.UTF_8);
            out.writeInt(ref.length);
            out.write(ref);
            Entry entry = e.getValue();
            out.writeLong(entry.stat().size());
            out.writeLong(entry.stat().modifiedNanos());
            out.writeInt(entry.stat().identity());
            writeBytes(out, entry.first());
            writeBytes(out, entry.second());
        }
        out.flush();
        return bytes.toByteArray();
    }

    private static void writeBytes(DataOutputStream out, byte[] value) throws IOException {
        out.writeByte(value.length);
        out.write(value);
    }

    private static Loaded read(Path file, byte[] fingerprint) {
        Loaded empty = new Loaded(Map.of(), Long.MIN_VALUE);
        try {
            long saved = Files.getLastModifiedTime(file).to(TimeUnit.NANOSECONDS);
            ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(file));
            byte[] magic = new byte[MAGIC.length];
            in.get(magic);
            byte[] print = new byte[fingerprint.length];
            if (!Arrays.equals(magic, MAGIC) || in.getInt() != FORMAT_VERSION) {
                return empty;
            }
            in.get(print);
            if (!Arrays.equals(print, fingerprint)) {
                return empty;
            }
            int count = in.getInt();
            if (count < 0 || count > in.remaining() / 21) {
                return empty;
            }
            Map<String, Entry> entries = new HashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                byte[] ref = new byte[in.getInt()];
                in.get(ref);
                FileStat stat = new FileStat(in.getLong(), in.getLong(), in.getInt());
                entries.put(
                        new String(ref, StandardCharsets.UTF_8),
                        new Entry(stat, bytes(in), bytes(in)));
            }
            return in.hasRemaining() ? empty : new Loaded(entries, saved);
        } catch (NoSuchFileException e) {
            return empty;
        } catch (IOException | BufferUnderflowException | IllegalArgumentException e) {
            return empty;
        } catch (NegativeArraySizeException | OutOfMemoryError e) {
            return empty;
        }
    }

    private static byte[] bytes(ByteBuffer in) {
        byte[] value = new byte[Byte.toUnsignedInt(in.get())];
        in.get(value);
        return value;
    }
}

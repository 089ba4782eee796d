package io.shiftleft.pipeline.cache;

import io.shiftleft.pipeline.cache.Digests.ContentKey;
import io.shiftleft.pipeline.sql.Complexity;
import io.shiftleft.pipeline.sql.SqlAnalysis;
import io.shiftleft.pipeline.sql.SqlProblem;
import io.shiftleft.pipeline.sql.StateSignal;
import io.shiftleft.pipeline.sql.StatementKind;
import io.shiftleft.pipeline.sql.TableName;
import java.io.ByteArrayOutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The cache file's bytes. Layout (big-endian, counts and string references as unsigned varints):
 *
 * <pre>
 * magic "SLAC" | format version (int) | analyzer fingerprint (32 bytes)
 * string count | strings (varint byte length + UTF-8)
 * entry count  | entries: content key (32 bytes) + analysis
 * SHA-256 of everything above (32 bytes)
 * </pre>
 *
 * An analysis is: kind, targets, sources, primary key (0 = none, else 1 + count), changelog mode,
 * WITH options, the five join counts, state signals, problems (severity, line, column, message);
 * every string is a reference into the string table, 0 standing for null. Problems are stored
 * without their file label, which belongs to the file that is scanned, not to the content.
 *
 * <p>Decoding trusts nothing: the checksum is verified before anything is read, every count and
 * reference is bounds-checked, and the records' own constructors validate what they get.
 */
final class AnalysisCodec {

    static final byte[] MAGIC = {'S', 'L', 'A', 'C'};

    /** Bumped whenever the layout changes; a file of another version is ignored. */
    static final int FORMAT_VERSION = 1;

    private static final int HEADER = MAGIC.length + Integer.BYTES + Digests.SIZE;

    private AnalysisCodec() {}

    /** Why a cache file is not used. */
    static final class Rejected extends Exception {
        private final boolean stale;

        Rejected(boolean stale, String message) {
            super(message, null, false, false);
            this.stale = stale;
        }

        /** True when the file is sound but was written by another format or analyzer. */
        boolean stale() {
            return stale;
        }
    }

    static byte[] encode(byte[] fingerprint, Map<ContentKey, SqlAnalysis> entries) {
        Out body = new Out();
        Map<String, Integer> strings = new LinkedHashMap<>();
        Map<ContentKey, SqlAnalysis> sorted = new TreeMap<>(entries);
        body.varint(sorted.size());
        sorted.forEach(
                (key, analysis) -> {
                    ByteBuffer digest = ByteBuffer.allocate(Digests.SIZE);
                    key.writeTo(digest);
                    body.write(digest.array(), 0, Digests.SIZE);
                    analysis(body, strings, analysis);
                });
        Out file = new Out();
        file.write(MAGIC, 0, MAGIC.length);
        file.write(ByteBuffer.allocate(Integer.BYTES).putInt(FORMAT_VERSION).array(), 0, 4);
        file.write(fingerprint, 0, fingerprint.length);
        file.varint(strings.size());
        for (String s : strings.keySet()) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            file.varint(utf8.length);
            file.write(utf8, 0, utf8.length);
        }
        file.write(body.buffer(), 0, body.size());
        MessageDigest checksum = Digests.sha256();
        checksum.update(file.buffer(), 0, file.size());
        byte[] sum = checksum.digest();
        file.write(sum, 0, sum.length);
        return file.toByteArray();
    }

    static Map<ContentKey, SqlAnalysis> decode(byte[] bytes, byte[] fingerprint) throws Rejected {
        if (bytes.length < HEADER + Digests.SIZE
                || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new Rejected(false, "not a shift-left analysis cache");
        }
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, bytes.length - Digests.SIZE);
        in.position(MAGIC.length);
        int version = in.getInt();
        if (version != FORMAT_VERSION) {
            throw new Rejected(
                    true, "format version " + version + ", this build reads " + FORMAT_VERSION);
        }
        if (!Arrays.equals(
                bytes, in.position(), in.position() + Digests.SIZE, fingerprint, 0, Digests.SIZE)) {
            throw new Rejected(true, "written by another version of the SQL analyzer");
        }
        MessageDigest checksum = Digests.sha256();
        checksum.update(bytes, 0, bytes.length - Digests.SIZE);
        if (!Arrays.equals(
                checksum.digest(),
                0,
                Digests.SIZE,
                bytes,
                bytes.length - Digests.SIZE,
                bytes.length)) {
            throw new Rejected(false, "checksum mismatch (truncated or altered)");
        }
        in.position(HEADER);
        try {
            Reader reader = new Reader(in);
            int stringCount = reader.count();
            String[] strings = new String[stringCount];
            for (int i = 0; i < stringCount; i++) {
                int length = reader.count();
                strings[i] = new String(bytes, in.position(), length, StandardCharsets.UTF_8);
                in.position(in.position() + length);
            }
            reader.strings = strings;
            int entryCount = reader.count();
            Map<ContentKey, SqlAnalysis> entries = new HashMap<>(entryCount * 2);
            for (int i = 0; i < entryCount; i++) {
                byte[] key = new byte[Digests.SIZE];
                in.get(key);
                entries.put(ContentKey.of(key), reader.analysis());
            }
            if (in.hasRemaining()) {
                throw new Rejected(false, "trailing bytes");
            }
            return entries;
        } catch (RuntimeException e) {
            // BufferUnderflowException, IllegalArgumentException from valueOf or a record, ...
            throw new Rejected(false, "unreadable content (" + e + ")");
        }
    }

    private static void analysis(Out out, Map<String, Integer> strings, SqlAnalysis a) {
        out.string(strings, a.kind().name());
        tableNames(out, strings, a.targets());
        tableNames(out, strings, new ArrayList<>(a.sources()));
        if (a.primaryKey().isEmpty()) {
            out.varint(0);
        } else {
            out.varint(a.primaryKey().get().size() + 1);
            a.primaryKey().get().forEach(column -> out.string(strings, column));
        }
        out.string(strings, a.changelogMode().orElse(null));
        out.varint(a.withOptions().size());
        a.withOptions()
                .forEach(
                        (k, v) -> {
                            out.string(strings, k);
                            out.string(strings, v);
                        });
        Complexity c = a.complexity();
        out.varint(c.regularJoins());
        out.varint(c.leftJoins());
        out.varint(c.rightJoins());
        out.varint(c.innerJoins());
        out.varint(c.outerJoins());
        out.varint(a.stateSignals().size());
        for (StateSignal s : new TreeSet<>(a.stateSignals())) {
            out.string(strings, s.name());
        }
        out.varint(a.problems().size());
        for (SqlProblem p : a.problems()) {
            out.string(strings, p.severity().name());
            out.varint(p.line());
            out.varint(p.column());
            out.string(strings, p.message());
        }
    }

    private static void tableNames(Out out, Map<String, Integer> strings, List<TableName> names) {
        out.varint(names.size());
        for (TableName n : names) {
            out.string(strings, n.catalog());
            out.string(strings, n.database());
            out.string(strings, n.table());
        }
    }

    /** A byte buffer that grows, with varints and string references. */
    private static final class Out extends ByteArrayOutputStream {
        Out() {
            super(1 << 16);
        }

        byte[] buffer() {
            return buf;
        }

        void varint(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("negative count " + value);
            }
            while ((value & ~0x7F) != 0) {
                write((value & 0x7F) | 0x80);
                value >>>= 7;
            }
            write(value);
        }

        void string(Map<String, Integer> strings, String s) {
            varint(s == null ? 0 : strings.computeIfAbsent(s, k -> strings.size()) + 1);
        }
    }

    /** Reads what {@link Out} wrote, checking every count against what is left. */
    private static final class Reader {
        private final ByteBuffer in;
        String[] strings;

        Reader(ByteBuffer in) {
            this.in = in;
        }

        int varint() {
            int value = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                byte b = in.get();
                value |= (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    if (value < 0) {
                        throw new IllegalArgumentException("negative varint");
                    }
                    return value;
                }
            }
            throw new IllegalArgumentException("varint too long");
        }

        /** A count of things of at least one byte each: never more than what is left. */
        int count() {
            int n = varint();
            if (n > in.remaining()) {
                throw new BufferUnderflowException();
            }
            return n;
        }

        String string() {
            int ref = varint();
            if (ref > strings.length) {
                throw new IllegalArgumentException("string reference out of range");
            }
            return ref == 0 ? null : strings[ref - 1];
        }

        String requiredString() {
            String s = string();
            if (s == null) {
                throw new IllegalArgumentException("missing string");
            }
            return s;
        }

        SqlAnalysis analysis() {
            StatementKind kind = StatementKind.valueOf(requiredString());
            List<TableName> targets = tableNames();
            List<TableName> sources = tableNames();
            int keyCount = varint();
            Optional<List<String>> primaryKey = Optional.empty();
            if (keyCount > 0) {
                List<String> key = new ArrayList<>();
                for (int i = 0; i < keyCount - 1; i++) {
                    key.add(requiredString());
                }
                primaryKey = Optional.of(key);
            }
            Optional<String> changelogMode = Optional.ofNullable(string());
            int optionCount = count();
            Map<String, String> options = new LinkedHashMap<>();
            for (int i = 0; i < optionCount; i++) {
                options.put(requiredString(), requiredString());
            }
            Complexity complexity =
                    new Complexity(varint(), varint(), varint(), varint(), varint());
            int signalCount = count();
            Set<StateSignal> signals = EnumSet.noneOf(StateSignal.class);
            for (int i = 0; i < signalCount; i++) {
                signals.add(StateSignal.valueOf(requiredString()));
            }
            int problemCount = count();
            List<SqlProblem> problems = new ArrayList<>(problemCount);
            for (int i = 0; i < problemCount; i++) {
                problems.add(
                        new SqlProblem(
                                SqlProblem.Severity.valueOf(requiredString()),
                                "",
                                varint(),
                                varint(),
                                requiredString()));
            }
            return new SqlAnalysis(
                    kind,
                    targets,
                    new TreeSet<>(sources),
                    primaryKey,
                    changelogMode,
                    options,
                    complexity,
                    signals,
                    problems);
        }

        private List<TableName> tableNames() {
            int n = count();
            List<TableName> names = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                names.add(new TableName(string(), string(), requiredString()));
            }
            return names;
        }
    }
}

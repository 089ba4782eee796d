package io.shiftleft.pipeline.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftleft.pipeline.cache.AnalysisCache.Load;
import io.shiftleft.pipeline.cache.Digests.ContentKey;
import io.shiftleft.pipeline.sql.SqlAnalysis;
import io.shiftleft.pipeline.sql.SqlAnalyzer;
import io.shiftleft.pipeline.sql.SqlProblem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisCacheTests {

    /** Files that exercise every field of an analysis, a parser rejection included. */
    private static final List<String> SQL =
            List.of(
                    """
                    -- an upsert table
                    CREATE TABLE IF NOT EXISTS cat.db.p1_dim_x (
                      id STRING NOT NULL,
                      name STRING,
                      PRIMARY KEY (id) NOT ENFORCED
                    ) WITH ('changelog.mode' = 'upsert', 'key.format' = 'avro-registry');
                    """,
                    """
                    INSERT INTO p1_fct_y
                    WITH w AS (SELECT id, COUNT(*) AS n FROM db.src_a GROUP BY id)
                    SELECT w.id, w.n, d.name FROM w
                    LEFT JOIN p1_dim_x FOR SYSTEM_TIME AS OF w.ts AS d ON w.id = d.id
                    JOIN `src-b` AS b ON b.id = w.id;
                    """,
                    "CREATE VIEW v AS SELECT DISTINCT id FROM a UNION SELECT id FROM b;",
                    "INSERT INTO t SELECT \"o\".id FROM orders o;",
                    "");

    private final SqlAnalyzer analyzer = new SqlAnalyzer();

    @Test
    void aTextIsAnalysedOnceAndServedAgainUnderAnyFileName(@TempDir Path root) {
        AnalysisCache cache = AnalysisCache.forProject(root);
        assertThat(cache.stats().load()).isEqualTo(Load.ABSENT);

        SqlAnalysis first = cache.analyze(analyzer, SQL.get(3), "a/dml.t.sql");
        SqlAnalysis second = cache.analyze(analyzer, SQL.get(3), "b/dml.t.sql");

        assertThat(first).isEqualTo(analyzer.analyze(SQL.get(3), "a/dml.t.sql"));
        assertThat(second).isEqualTo(analyzer.analyze(SQL.get(3), "b/dml.t.sql"));
        assertThat(second.usedFallback()).isTrue();
        assertThat(second.problems()).extracting(SqlProblem::file).containsOnly("b/dml.t.sql");
        assertThat(cache.stats().misses()).isEqualTo(1);
        assertThat(cache.stats().hits()).isEqualTo(1);
    }

    @Test
    void everyAnalysisSurvivesTheFileUnchanged(@TempDir Path root) {
        AnalysisCache cache = AnalysisCache.forProject(root);
        SQL.forEach(sql -> cache.analyze(analyzer, sql, "f.sql"));
        assertThat(cache.save()).isTrue();
        assertThat(root.resolve(".shift-left/cache/analysis.bin")).isRegularFile();

        AnalysisCache reloaded = AnalysisCache.forProject(root);

        assertThat(reloaded.stats().load()).isEqualTo(Load.LOADED);
        assertThat(reloaded.stats().loaded()).isEqualTo(SQL.size());
        for (String sql : SQL) {
            assertThat(reloaded.analyze(analyzer, sql, "g.sql"))
                    .isEqualTo(analyzer.analyze(sql, "g.sql"));
        }
        assertThat(reloaded.stats().hits()).isEqualTo(SQL.size());
        assertThat(reloaded.stats().misses()).isZero();
    }

    @Test
    void savingWhenNothingChangedWritesNothing(@TempDir Path root) throws IOException {
        AnalysisCache cache = AnalysisCache.forProject(root);
        SQL.forEach(sql -> cache.analyze(analyzer, sql, "f.sql"));
        cache.save();
        Path file = root.resolve(AnalysisCache.DEFAULT_FILE);
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(file, old);

        AnalysisCache again = AnalysisCache.forProject(root);
        SQL.forEach(sql -> again.analyze(analyzer, sql, "f.sql"));

        assertThat(again.save()).isFalse();
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(old);
        assertThat(Files.list(file.getParent())).hasSize(1);
    }

    @Test
    void savingKeepsOnlyWhatWasUsedSoDeletedFilesDisappear(@TempDir Path root) {
        AnalysisCache cache = AnalysisCache.forProject(root);
        SQL.forEach(sql -> cache.analyze(analyzer, sql, "f.sql"));
        cache.save();

        AnalysisCache fewer = AnalysisCache.forProject(root);
        fewer.analyze(analyzer, SQL.get(0), "f.sql");
        fewer.analyze(analyzer, "SELECT 1 FROM new_table", "new.sql");
        assertThat(fewer.save()).isTrue();

        AnalysisCache reloaded = AnalysisCache.forProject(root);
        assertThat(reloaded.stats().loaded()).isEqualTo(2);
    }

    @Test
    void aDamagedFileIsIgnoredWholeAndReplacedAtTheNextSave(@TempDir Path root) throws IOException {
        byte[] good = savedCache(root);
        Path file = root.resolve(AnalysisCache.DEFAULT_FILE);
        for (int at : new int[] {0, 45, good.length / 2, good.length - 1}) {
            byte[] damaged = good.clone();
            damaged[at] ^= 0x5A;
            Files.write(file, damaged);
            assertThat(AnalysisCache.forProject(root).stats())
                    .as("byte %d flipped", at)
                    .satisfies(s -> assertThat(s.load()).isEqualTo(Load.CORRUPT))
                    .satisfies(s -> assertThat(s.loaded()).isZero());
        }
        for (byte[] bad :
                new byte[][] {
                    Arrays.copyOf(good, good.length - 7),
                    new byte[0],
                    "not a cache at all".getBytes(),
                    Arrays.copyOf(good, good.length + 3)
                }) {
            Files.write(file, bad);
            assertThat(AnalysisCache.forProject(root).stats().load()).isEqualTo(Load.CORRUPT);
        }

        AnalysisCache cache = AnalysisCache.forProject(root);
        SqlAnalysis analysis = cache.analyze(analyzer, SQL.get(1), "f.sql");
        assertThat(analysis).isEqualTo(analyzer.analyze(SQL.get(1), "f.sql"));
        assertThat(cache.stats().misses()).isEqualTo(1);
        assertThat(cache.save()).isTrue();
        assertThat(AnalysisCache.forProject(root).stats().load()).isEqualTo(Load.LOADED);
    }

    @Test
    void aSoundFileWithBadContentIsCorruptNotTrusted(@TempDir Path root) throws IOException {
        byte[] fingerprint = AnalyzerFingerprint.current().orElseThrow();
        byte[] header =
                ByteBuffer.allocate(8 + fingerprint.length + 6)
                        .put(AnalysisCodec.MAGIC)
                        .putInt(AnalysisCodec.FORMAT_VERSION)
                        .put(fingerprint)
                        // 0 strings, 1 entry, then a content key cut short
                        .put(new byte[] {0, 1, 7, 7, 7, 7})
                        .array();
        Path file = root.resolve(AnalysisCache.DEFAULT_FILE);
        Files.createDirectories(file.getParent());
        Files.write(file, withChecksum(header));

        AnalysisCache cache = AnalysisCache.forProject(root);

        assertThat(cache.stats().load()).isEqualTo(Load.CORRUPT);
        assertThat(cache.stats().detail()).startsWith("unreadable content");
    }

    @Test
    void aFileOfAnotherAnalyzerOrFormatVersionIsStale(@TempDir Path root) throws IOException {
        SqlAnalysis analysis = analyzer.analyze(SQL.get(0), "");
        Map<ContentKey, SqlAnalysis> entries = Map.of(ContentKey.of(SQL.get(0)), analysis);
        Path file = root.resolve(AnalysisCache.DEFAULT_FILE);
        Files.createDirectories(file.getParent());

        byte[] otherAnalyzer = new byte[Digests.SIZE];
        Files.write(file, AnalysisCodec.encode(otherAnalyzer, entries));
        AnalysisCache stale = AnalysisCache.forProject(root);
        assertThat(stale.stats().load()).isEqualTo(Load.STALE);
        assertThat(stale.stats().detail()).contains("another version of the SQL analyzer");
        stale.analyze(analyzer, SQL.get(0), "f.sql");
        assertThat(stale.stats().misses()).isEqualTo(1);

        byte[] current = AnalysisCodec.encode(AnalyzerFingerprint.current().orElseThrow(), entries);
        byte[] nextFormat = Arrays.copyOf(current, current.length - Digests.SIZE);
        ByteBuffer.wrap(nextFormat).putInt(AnalysisCodec.MAGIC.length, 2);
        Files.write(file, withChecksum(nextFormat));
        AnalysisCache future = AnalysisCache.forProject(root);
        assertThat(future.stats().load()).isEqualTo(Load.STALE);
        assertThat(future.stats().detail()).contains("format version 2");

        Files.write(file, current);
        assertThat(AnalysisCache.forProject(root).stats().load()).isEqualTo(Load.LOADED);
    }

    @Test
    void theFingerprintIsStableAndCoversTheAnalyzer() {
        byte[] fingerprint = AnalyzerFingerprint.current().orElseThrow();
        assertThat(fingerprint).hasSize(Digests.SIZE);
        assertThat(AnalyzerFingerprint.current())
                .hasValueSatisfying(f -> assertThat(f).isEqualTo(fingerprint));
    }

    @Test
    void anInMemoryCacheServesHitsAndNeverWrites(@TempDir Path root) {
        AnalysisCache cache = AnalysisCache.inMemory();
        cache.analyze(analyzer, SQL.get(0), "f.sql");
        cache.analyze(analyzer, SQL.get(0), "f.sql");
        assertThat(cache.stats()).isEqualTo(new AnalysisCache.Stats(Load.IN_MEMORY, "", 0, 1, 1));
        assertThat(cache.save()).isFalse();
    }

    private byte[] savedCache(Path root) throws IOException {
        AnalysisCache cache = AnalysisCache.forProject(root);
        SQL.forEach(sql -> cache.analyze(analyzer, sql, "f.sql"));
        cache.save();
        return Files.readAllBytes(root.resolve(AnalysisCache.DEFAULT_FILE));
    }

    private static byte[] withChecksum(byte[] content) {
        MessageDigest sha = Digests.sha256();
        byte[] sum = sha.digest(content);
        byte[] file = Arrays.copyOf(content, content.length + sum.length);
        System.arraycopy(sum, 0, file, content.length, sum.length);
        return file;
    }
}

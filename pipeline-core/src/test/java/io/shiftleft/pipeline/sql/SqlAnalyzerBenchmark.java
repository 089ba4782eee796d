package io.shiftleft.pipeline.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Not a test: a rough measure of analysis speed on a project-like mix of files (DDLs, DMLs with
 * CTEs and joins, 5 % rejected by the parser). Run from the module folder after {@code mvn
 * test-compile}: {@code java -cp target/test-classes:target/classes:<deps>
 * io.shiftleft.pipeline.sql.SqlAnalyzerBenchmark [files] [threads]}.
 */
public final class SqlAnalyzerBenchmark {

    private SqlAnalyzerBenchmark() {}

    public static void main(String[] args) throws Exception {
        int files = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        List<String> sqls = new ArrayList<>();
        for (int i = 0; i < files; i++) {
            sqls.add(
                    switch (i % 20) {
                        case 0 -> dml(i).replace("SELECT o.id", "SELECT \"o\".id"); // fallback
                        case 1, 3, 5, 7, 9, 11, 13, 15, 17 -> ddl(i);
                        default -> dml(i);
                    });
        }
        SqlAnalyzer analyzer = new SqlAnalyzer();
        for (int round = 1; round <= 3; round++) {
            long start = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<Integer>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                parts.add(
                        pool.submit(
                                () -> {
                                    int sources = 0;
                                    for (int i = first; i < sqls.size(); i += threads) {
                                        sources +=
                                                analyzer.analyze(sqls.get(i), "f" + i)
                                                        .sources()
                                                        .size();
                                    }
                                    return sources;
                                }));
            }
            int sources = 0;
            for (Future<Integer> part : parts) {
                sources += part.get();
            }
            pool.shutdown();
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    "round %d: %d files on %d threads in %.2f s = %.0f files/s (%d sources)%n",
                    round, files, threads, seconds, files / seconds, sources);
        }
    }

    private static String ddl(int i) {
        return """
                -- DDL of table %1$d
                CREATE TABLE IF NOT EXISTS int_table_%1$d (
                  id STRING NOT NULL,
                  customer_id STRING,
                  amount DECIMAL(10, 2),
                  status STRING,
                  created_at TIMESTAMP_LTZ(3),
                  updated_at TIMESTAMP_LTZ(3),
                  payload STRING,
                  tags ARRAY<STRING>,
                  PRIMARY KEY (id) NOT ENFORCED
                ) DISTRIBUTED BY HASH(id) INTO 1 BUCKETS
                WITH (
                  'changelog.mode' = 'upsert',
                  'key.avro-registry.schema-context' = '.flink-dev',
                  'value.avro-registry.schema-context' = '.flink-dev',
                  'key.format' = 'avro-registry',
                  'value.format' = 'avro-registry',
                  'kafka.retention.time' = '0',
                  'scan.bounded.mode' = 'unbounded',
                  'scan.startup.mode' = 'earliest-offset',
                  'value.fields-include' = 'all'
                );
                """
                .formatted(i);
    }

    private static String dml(int i) {
        return """
                -- DML of table %1$d: FROM fake JOIN nothing
                SET 'sql.state-ttl' = '7 d';
                INSERT INTO int_table_%1$d
                WITH latest AS (
                  SELECT *, ROW_NUMBER() OVER (PARTITION BY id ORDER BY `$rowtime` DESC) AS rn
                  FROM src_orders_%2$d
                ),
                enriched AS (
                  SELECT l.id, l.customer_id, l.amount, c.name, c.segment, l.created_at
                  FROM latest l
                  LEFT JOIN dim_customers_%2$d FOR SYSTEM_TIME AS OF l.`$rowtime` AS c
                    ON l.customer_id = c.id
                  WHERE l.rn = 1
                )
                SELECT o.id, o.customer_id, o.amount,
                       COALESCE(o.name, 'unknown') AS name,
                       CASE WHEN o.amount > 100 THEN 'big' ELSE 'small' END AS size_class,
                       o.segment, o.created_at
                FROM enriched o
                JOIN `prod`.`ref`.`segments-%2$d` s ON s.code = o.segment
                WHERE o.amount IS NOT NULL
                  AND o.customer_id NOT IN (SELECT id FROM blocked_customers);
                """
                .formatted(i, i % 97);
    }
}

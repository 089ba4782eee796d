package io.shiftleft.pipeline.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shiftleft.pipeline.model.StateForm;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SqlAnalyzerTests {

    private final SqlAnalyzer analyzer = new SqlAnalyzer();

    private SqlAnalysis analyze(String sql) {
        return analyzer.analyze(sql, "pipelines/facts/p1/fct_x/sql-scripts/dml.fct_x.sql");
    }

    // ------------------------------------------------------------------ empty input

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "  \n\t ",
                "-- only a comment\n/* and another */\n",
                ";\n;",
                "/* never closed"
            })
    void anInputWithoutStatementGivesOneErrorNoStatementInFile(String sql) {
        SqlAnalysis analysis = analyze(sql);

        assertThat(analysis.kind()).isEqualTo(StatementKind.EMPTY);
        assertThat(analysis.targets()).isEmpty();
        assertThat(analysis.sources()).isEmpty();
        assertThat(analysis.problems())
                .singleElement()
                .satisfies(
                        p -> {
                            assertThat(p.severity()).isEqualTo(SqlProblem.Severity.ERROR);
                            assertThat(p.message()).isEqualTo("no statement in file");
                            assertThat(p.file()).endsWith("dml.fct_x.sql");
                            assertThat(p.line()).isEqualTo(1);
                        });
        assertThat(analysis.hasErrors()).isTrue();
    }

    // ------------------------------------------------------------------ fallback

    @Test
    void aRejectedFileIsAnalysedLexicallyWithAWarningAtTheParsersPosition() {
        String sql =
                """
                -- line 1
                INSERT INTO out_t
                SELECT "id"
                FROM src
                """;

        SqlAnalysis analysis = analyze(sql);

        assertThat(analysis.usedFallback()).isTrue();
        assertThat(analysis.targets()).containsExactly(TableName.of("out_t"));
        assertThat(analysis.sources()).containsExactly(TableName.of("src"));
        SqlProblem warning = analysis.problems().get(0);
        assertThat(warning.severity()).isEqualTo(SqlProblem.Severity.WARNING);
        assertThat(warning.file()).isEqualTo("pipelines/facts/p1/fct_x/sql-scripts/dml.fct_x.sql");
        assertThat(warning.line()).isEqualTo(3);
        assertThat(warning.column()).isEqualTo(8);
        assertThat(warning.message())
                .startsWith(
                        SqlAnalysis.FALLBACK_PREFIX + "Encountered \"\\\"\" at line 3, column 8.")
                .endsWith("analysed lexically")
                .doesNotContain("\n")
                .doesNotContain("Was expecting");
        assertThat(warning.toString())
                .isEqualTo(
                        "pipelines/facts/p1/fct_x/sql-scripts/dml.fct_x.sql:3:8: WARNING "
                                + warning.message());
    }

    @Test
    void onlyTheRejectedStatementOfAFileFallsBackTheOthersAreParsed() {
        String sql =
                """
                CREATE TABLE sink (
                  id STRING,
                  name STRING,
                  PRIMARY KEY (id) NOT ENFORCED
                ) WITH ('changelog.mode' = 'upsert');
                INSERT INTO sink
                SELECT "id", name FROM src
                WHERE id IN (SELECT id FROM allowed);
                """;

        SqlAnalysis analysis = analyze(sql);

        assertThat(analysis.kind()).isEqualTo(StatementKind.INSERT);
        assertThat(analysis.targets()).containsExactly(TableName.of("sink"));
        assertThat(analysis.sources())
                .containsExactly(TableName.of("allowed"), TableName.of("src"));
        assertThat(analysis.primaryKey()).contains(List.of("id"));
        assertThat(analysis.changelogMode()).contains("upsert");
        assertThat(analysis.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.line()).isEqualTo(7))
                .satisfies(p -> assertThat(p.column()).isEqualTo(8));
    }

    @Test
    void aNullFileLabelBecomesEmpty() {
        assertThat(analyzer.analyze("SELECT \"x\" FROM t", null).problems())
                .singleElement()
                .satisfies(p -> assertThat(p.file()).isEmpty());
    }

    // ------------------------------------------------------------------ DDL facts

    @Test
    void withOptionsKeepDeclarationOrderAndRawValuesAndTheChangelogModeIsLowerCase() {
        SqlAnalysis analysis =
                analyze(
                        """
                        CREATE TABLE t (id INT) WITH (
                          'value.format' = 'avro-registry',
                          'changelog.mode' = 'Retract',
                          'kafka.retention.time' = '0',
                          'scan.startup.mode' = 'earliest-offset'
                        )
                        """);

        assertThat(analysis.withOptions().keySet())
                .containsExactly(
                        "value.format",
                        "changelog.mode",
                        "kafka.retention.time",
                        "scan.startup.mode");
        assertThat(analysis.withOptions()).containsEntry("changelog.mode", "Retract");
        assertThat(analysis.changelogMode()).contains("retract");
        assertThat(analysis.primaryKey()).isEmpty();
    }

    @Test
    void theFirstCreatedTableGivesKeyAndOptions() {
        SqlAnalysis analysis =
                analyze(
                        """
                        CREATE TABLE a (k1 INT, k2 INT, PRIMARY KEY (k1, k2) NOT ENFORCED)
                          WITH ('changelog.mode' = 'append');
                        CREATE TABLE b (id INT, PRIMARY KEY (id) NOT ENFORCED)
                          WITH ('changelog.mode' = 'upsert');
                        """);

        assertThat(analysis.targets()).containsExactly(TableName.of("a"), TableName.of("b"));
        assertThat(analysis.primaryKey()).contains(List.of("k1", "k2"));
        assertThat(analysis.changelogMode()).contains("append");
    }

    @Test
    void aDmlHasNoKeyNoChangelogModeAndNoOptions() {
        SqlAnalysis analysis = analyze("INSERT INTO t SELECT * FROM s");

        assertThat(analysis.primaryKey()).isEmpty();
        assertThat(analysis.changelogMode()).isEmpty();
        assertThat(analysis.withOptions()).isEmpty();
        assertThat(analysis.mainTarget()).contains(TableName.of("t"));
        assertThat(analysis.sourceNames()).containsExactly("s");
    }

    // ------------------------------------------------------------------ joins and positions

    @Test
    void anInnerJoinIsRecognisedAcrossTabsCommentsAndCrLfLineEnds() {
        String sql =
                "SELECT *\r\nFROM a\r\n\tINNER /* the keyword */ JOIN b ON a.id = b.id\r\n"
                        + "JOIN c ON a.id = c.id";

        Complexity complexity = analyze(sql).complexity();

        assertThat(complexity.innerJoins()).isEqualTo(1);
        assertThat(complexity.regularJoins()).isEqualTo(1);
    }

    @Test
    void theComplexityTypeFollowsShiftLeftsThresholds() {
        assertThat(Complexity.NONE.type()).isEqualTo(Complexity.Type.SIMPLE);
        assertThat(new Complexity(1, 1, 0, 0, 0).type()).isEqualTo(Complexity.Type.SIMPLE);
        assertThat(new Complexity(1, 1, 1, 0, 0).type()).isEqualTo(Complexity.Type.MEDIUM);
        assertThat(new Complexity(1, 1, 1, 1, 0).type()).isEqualTo(Complexity.Type.MEDIUM);
        assertThat(new Complexity(1, 1, 1, 1, 1).type()).isEqualTo(Complexity.Type.COMPLEX);
        assertThatThrownBy(() -> new Complexity(-1, 0, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theComplexityIsWrittenAsShiftLeftsComplexityObject() {
        SqlAnalysis analysis =
                analyze(
                        """
                        INSERT INTO t
                        SELECT * FROM a
                        LEFT JOIN b ON a.id = b.id
                        LEFT JOIN c ON a.id = c.id
                        JOIN d ON a.id = d.id
                        """);

        Map<String, Object> json =
                analysis.complexity().toShiftLeftJson(SqlAnalyzer.stateForm(analysis, null));

        assertThat(json)
                .containsExactly(
                        Map.entry("number_of_regular_joins", 1),
                        Map.entry("number_of_left_joins", 2),
                        Map.entry("number_of_right_joins", 0),
                        Map.entry("number_of_inner_joins", 0),
                        Map.entry("number_of_outer_joins", 0),
                        Map.entry("complexity_type", "Medium"),
                        Map.entry("state_form", "Stateful"));
    }

    // ------------------------------------------------------------------ state form

    @Test
    void withoutAnyAnalysisTheStateFormIsStateless() {
        assertThat(SqlAnalyzer.stateForm(null, null)).isEqualTo(StateForm.STATELESS);
    }

    @Test
    void anUpsertDdlMakesAStatelessDmlStateful() {
        SqlAnalysis dml = analyze("INSERT INTO t SELECT id, name FROM s WHERE id > 0");
        SqlAnalysis ddl =
                analyze(
                        "CREATE TABLE t (id INT, name STRING, PRIMARY KEY (id) NOT ENFORCED)"
                                + " WITH ('changelog.mode' = 'upsert')");

        assertThat(SqlAnalyzer.stateForm(dml, null)).isEqualTo(StateForm.STATELESS);
        assertThat(SqlAnalyzer.stateForm(dml, ddl)).isEqualTo(StateForm.STATEFUL);
        assertThat(SqlAnalyzer.stateForm(null, ddl)).isEqualTo(StateForm.STATEFUL);
    }

    @Test
    void anAppendDdlLeavesTheDecisionToTheDml() {
        SqlAnalysis ddl = analyze("CREATE TABLE t (id INT) WITH ('changelog.mode' = 'append')");

        assertThat(SqlAnalyzer.stateForm(analyze("INSERT INTO t SELECT id FROM s"), ddl))
                .isEqualTo(StateForm.STATELESS);
        assertThat(
                        SqlAnalyzer.stateForm(
                                analyze("INSERT INTO t SELECT id FROM s GROUP BY id"), ddl))
                .isEqualTo(StateForm.STATEFUL);
    }

    @Test
    void keywordsInCommentsAndStringsNeverMakeAStatementStateful() {
        SqlAnalysis analysis =
                analyze(
                        """
                        INSERT INTO t
                        SELECT 'a JOIN b GROUP BY c' AS s,   -- LEFT JOIN x ON TRUE GROUP BY y
                               'ROW_NUMBER() OVER (PARTITION BY k)' AS o
                        /* TUMBLE(TABLE t, DESCRIPTOR(ts), INTERVAL '1' MINUTE) MATCH_RECOGNIZE ( */
                        FROM s
                        """);

        assertThat(analysis.stateSignals()).isEmpty();
        assertThat(SqlAnalyzer.stateForm(analysis, null)).isEqualTo(StateForm.STATELESS);
    }

    @Test
    void shiftLeftDetectsOnlyPartOfTheSignals() {
        assertThat(StateSignal.values())
                .filteredOn(StateSignal::detectedByShiftLeft)
                .containsExactly(
                        StateSignal.JOIN,
                        StateSignal.TEMPORAL_JOIN,
                        StateSignal.GROUP_BY,
                        StateSignal.WINDOW_TVF,
                        StateSignal.OVER,
                        StateSignal.MATCH_RECOGNIZE);
    }

    // ------------------------------------------------------------------ the result

    @Test
    void theResultIsImmutable() {
        SqlAnalysis analysis =
                analyze("CREATE TABLE t (id INT) WITH ('a' = 'b'); INSERT INTO t SELECT * FROM s");

        assertThatThrownBy(() -> analysis.targets().add(TableName.of("x")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> analysis.sources().add(TableName.of("x")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> analysis.withOptions().put("c", "d"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> analysis.stateSignals().add(StateSignal.JOIN))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void oneAnalyzerGivesTheSameResultsFromManyThreads() throws Exception {
        List<String> files =
                List.of(
                        "INSERT INTO a SELECT * FROM s1 JOIN s2 ON s1.id = s2.id",
                        "CREATE TABLE b (id INT, PRIMARY KEY (id) NOT ENFORCED) WITH ('x' = 'y')",
                        "SELECT \"bad\" FROM s3",
                        "WITH c AS (SELECT * FROM s4) SELECT COUNT(*) FROM c");
        List<SqlAnalysis> expected = files.stream().map(this::analyze).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) {
                runs.add(
                        pool.submit(
                                () -> {
                                    for (int i = 0; i < 50; i++) {
                                        int f = i % files.size();
                                        if (!analyze(files.get(f)).equals(expected.get(f))) {
                                            return false;
                                        }
                                    }
                                    return true;
                                }));
            }
            for (Future<Boolean> run : runs) {
                assertThat(run.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

package io.shiftleft.pipeline.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftleft.pipeline.model.StateForm;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table-driven lineage cases of {@code sql/lineage-cases.sql}: what the analyzer finds, and
 * that the lexical scanner alone finds the same on every case the parser accepts (unless a case
 * says why it cannot).
 */
class SqlLineageCasesTests {

    private static final SqlAnalyzer ANALYZER = new SqlAnalyzer();

    /** One case of the resource file. */
    record Case(String title, Map<String, String> expect, String sql) {
        @Override
        public String toString() {
            return title;
        }

        boolean has(String key) {
            return expect.containsKey(key);
        }

        String get(String key) {
            return expect.get(key);
        }

        boolean expectsFallback() {
            return has("fallback") && !get("fallback").equals("-");
        }
    }

    static List<Case> cases() throws IOException {
        String text;
        try (InputStream in =
                SqlLineageCasesTests.class.getResourceAsStream("/sql/lineage-cases.sql")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Case> cases = new ArrayList<>();
        String[] blocks = text.split("(?m)^-- ==== ");
        for (int b = 1; b < blocks.length; b++) {
            List<String> lines = blocks[b].lines().toList();
            String title = lines.get(0).strip();
            Map<String, String> expect = new LinkedHashMap<>();
            int i = 1;
            while (i < lines.size() && lines.get(i).matches("-- [a-z]+: .*")) {
                String line = lines.get(i).substring(3);
                int colon = line.indexOf(':');
                expect.put(line.substring(0, colon), line.substring(colon + 1).strip());
                i++;
            }
            cases.add(new Case(title, expect, String.join("\n", lines.subList(i, lines.size()))));
        }
        return cases;
    }

    private static List<String> list(String value) {
        if (value.equals("-")) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::strip).toList();
    }

    private static Set<StateSignal> signals(String value) {
        Set<StateSignal> signals = EnumSet.noneOf(StateSignal.class);
        list(value).forEach(s -> signals.add(StateSignal.valueOf(s)));
        return signals;
    }

    private static List<Integer> joins(Complexity c) {
        return List.of(
                c.regularJoins(), c.leftJoins(), c.rightJoins(), c.innerJoins(), c.outerJoins());
    }

    private static List<Integer> joins(String value) {
        return Arrays.stream(value.strip().split("\\s+")).map(Integer::valueOf).toList();
    }

    static Stream<Case> parsableCases() throws IOException {
        return cases().stream().filter(c -> !c.expectsFallback());
    }

    @Test
    void theResourceHoldsAtLeastThirtyCasesIncludingFallbacks() throws IOException {
        List<Case> cases = cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(30);
        assertThat(cases).filteredOn(Case::expectsFallback).hasSizeGreaterThanOrEqualTo(4);
        assertThat(cases).allSatisfy(c -> assertThat(c.expect()).containsKeys("kind", "state"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void analysesTheCaseAsExpected(Case c) {
        SqlAnalysis analysis = ANALYZER.analyze(c.sql(), "case.sql");

        assertThat(analysis.kind()).as("kind").isEqualTo(StatementKind.valueOf(c.get("kind")));
        assertThat(analysis.targets())
                .as("targets")
                .map(TableName::qualified)
                .containsExactlyElementsOf(list(c.get("targets")));
        assertThat(analysis.sources())
                .as("sources")
                .map(TableName::qualified)
                .containsExactlyElementsOf(list(c.get("sources")));
        assertThat(SqlAnalyzer.stateForm(analysis, null))
                .as("state form")
                .isEqualTo(StateForm.valueOf(c.get("state")));
        if (c.has("signals")) {
            assertThat(analysis.stateSignals())
                    .as("signals")
                    .containsExactlyInAnyOrderElementsOf(signals(c.get("signals")));
        }
        if (c.has("joins")) {
            assertThat(joins(analysis.complexity()))
                    .as("regular left right inner outer joins")
                    .isEqualTo(joins(c.get("joins")));
        }
        if (c.has("key")) {
            assertThat(analysis.primaryKey().orElse(List.of()))
                    .as("primary key")
                    .containsExactlyElementsOf(list(c.get("key")));
        }
        if (c.has("changelog")) {
            assertThat(analysis.changelogMode().orElse("-"))
                    .as("changelog mode")
                    .isEqualTo(c.get("changelog"));
        }
        if (c.expectsFallback()) {
            assertThat(analysis.usedFallback()).isTrue();
            assertThat(analysis.problems())
                    .as("fallback warnings at line:column")
                    .map(p -> p.severity() + " " + p.line() + ":" + p.column())
                    .containsExactlyElementsOf(
                            list(c.get("fallback")).stream().map(p -> "WARNING " + p).toList());
            assertThat(analysis.problems())
                    .allSatisfy(p -> assertThat(p.file()).isEqualTo("case.sql"));
        } else {
            assertThat(analysis.problems()).as("problems").isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("parsableCases")
    void theLexicalScannerAloneAgreesWithTheParser(Case c) {
        SqlAnalysis parsed = ANALYZER.analyze(c.sql(), "case.sql");
        SqlAnalysis scanned = SqlAnalyzer.analyzeLexically(c.sql(), "case.sql");

        if (c.has("lexical")) {
            assertThat(c.get("lexical")).startsWith("differs: ");
            assertThat(scanned.sources()).isNotEqualTo(parsed.sources());
            return;
        }
        assertThat(scanned.kind()).as("kind").isEqualTo(parsed.kind());
        assertThat(scanned.targets()).as("targets").isEqualTo(parsed.targets());
        assertThat(scanned.sources()).as("sources").isEqualTo(parsed.sources());
        assertThat(scanned.stateSignals()).as("signals").isEqualTo(parsed.stateSignals());
        assertThat(scanned.complexity()).as("complexity").isEqualTo(parsed.complexity());
        assertThat(scanned.primaryKey()).as("primary key").isEqualTo(parsed.primaryKey());
        assertThat(scanned.changelogMode()).as("changelog").isEqualTo(parsed.changelogMode());
        assertThat(scanned.withOptions()).as("options").isEqualTo(parsed.withOptions());
    }
}

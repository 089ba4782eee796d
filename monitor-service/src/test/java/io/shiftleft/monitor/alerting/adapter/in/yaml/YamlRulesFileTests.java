package io.shiftleft.monitor.alerting.adapter.in.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shiftleft.monitor.alerting.AlertCondition;
import io.shiftleft.monitor.alerting.AlertRule;
import io.shiftleft.monitor.alerting.InvalidRuleException;
import io.shiftleft.monitor.alerting.RuleProblem;
import io.shiftleft.monitor.tracking.Phase;
import io.shiftleft.monitor.tracking.Severity;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules file: every kind of rule read, and every mistake reported with file, line and field.
 */
class YamlRulesFileTests {

    @TempDir Path dir;

    @Test
    void readsEveryKindOfRuleWithItsDefaults() throws Exception {
        List<AlertRule> rules =
                YamlRulesFile.read(
                        file(
                                """
                                rules:
                                  - name: failed
                                    environment: prod
                                    table: "fct_*"
                                    condition:
                                      phase: [FAILED, degraded]
                                    severity: critical
                                    labels: {team: data, page: yes}
                                    summary: "{{statement}} of {{labels.team}} is {{phase}}"
                                  - name: stuck
                                    condition: {phase: PENDING, longer_than: 10m}
                                    for: 1m
                                    keep_firing_for: 0
                                  - name: lag
                                    product: shop
                                    condition: {lag_above: 100000, resolve_below: 10000}
                                    for: 5m
                                  - name: pool
                                    pool: lfcp-*
                                    condition: {pool_usage_above: 0.9, resolve_below: 0.8}
                                """));

        assertThat(rules)
                .extracting(AlertRule::name)
                .containsExactly("failed", "stuck", "lag", "pool");
        AlertRule failed = rules.get(0);
        assertThat(failed.source()).isEqualTo(AlertRule.RuleSource.FILE);
        assertThat(failed.condition())
                .isEqualTo(new AlertCondition.PhaseIn(Set.of(Phase.FAILED, Phase.DEGRADED)));
        assertThat(failed.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(failed.labels()).isEqualTo(Map.of("team", "data", "page", "true"));
        assertThat(failed.environment().matches("prod")).isTrue();
        assertThat(failed.table().matches("fct_orders")).isTrue();
        assertThat(failed.table().matches("dim_orders")).isFalse();
        assertThat(failed.forDuration()).isZero();
        assertThat(failed.keepFiringFor()).isEqualTo(Duration.ofMinutes(1));
        assertThat(rules.get(1).condition())
                .isEqualTo(
                        new AlertCondition.TimeInPhase(
                                Set.of(Phase.PENDING), Duration.ofMinutes(10)));
        assertThat(rules.get(1).keepFiringFor()).isZero();
        assertThat(rules.get(1).severity()).isEqualTo(Severity.WARNING);
        assertThat(rules.get(2).condition()).isEqualTo(new AlertCondition.LagAbove(100000, 10000));
        assertThat(rules.get(2).forDuration()).isEqualTo(Duration.ofMinutes(5));
        assertThat(rules.get(3).condition()).isEqualTo(new AlertCondition.PoolUsageAbove(0.9, 0.8));
        assertThat(rules.get(3).document())
                .containsEntry("pool", "lfcp-*")
                .containsEntry("condition", Map.of("pool_usage_above", 0.9, "resolve_below", 0.8))
                .containsEntry("keep_firing_for", "1m");
    }

    @Test
    void reportsEveryBadValueWithItsFileLineAndField() throws Exception {
        Path file =
                file(
                        """
                        rules:
                          - name: lag
                            condition:
                              lag_above: 1000
                              resolve_below: 5000
                            for: ten minutes
                          - name: phases
                            condition: {phase: [FAILED, BROKEN]}
                            severity: urgent
                            colour: red
                          - name: pool
                            table: t1
                            condition:
                              pool_usage_above: 1.5
                          - condition: {lag_above: "many"}
                            summary: "{{statement}} is {{mood}}"
                            labels: {alert_rule: x}
                        """);

        InvalidRuleException e = invalid(file);

        assertThat(e.problems())
                .extracting(p -> p.at() + " " + p.field())
                .containsExactlyInAnyOrder(
                        file + ":5 rules[0].condition.resolve_below",
                        file + ":6 rules[0].for",
                        file + ":8 rules[1].condition.phase",
                        file + ":9 rules[1].severity",
                        file + ":10 rules[1].colour",
                        file + ":12 rules[2].table",
                        file + ":14 rules[2].condition.pool_usage_above",
                        file + ":15 rules[3].name",
                        file + ":15 rules[3].condition.lag_above",
                        file + ":16 rules[3].summary",
                        file + ":17 rules[3].labels.alert_rule");
        assertThat(message(e, "rules[0].condition.resolve_below"))
                .contains("must not be above the fire threshold (1000)");
        assertThat(message(e, "rules[0].for")).contains("'ten minutes' is not a duration");
        assertThat(message(e, "rules[1].condition.phase")).contains("'BROKEN' is not a phase");
        assertThat(message(e, "rules[1].severity"))
                .contains("one of [INFO, WARNING, ERROR, CRITICAL]");
        assertThat(message(e, "rules[1].colour")).contains("known fields: name, environment");
        assertThat(message(e, "rules[2].table")).contains("match them with 'pool'");
        assertThat(message(e, "rules[2].condition.pool_usage_above")).contains("between 0 and 1");
        assertThat(message(e, "rules[3].name")).isEqualTo("is required");
        assertThat(message(e, "rules[3].condition.lag_above"))
                .contains("must be a number, was 'many'");
        assertThat(message(e, "rules[3].summary")).contains("unknown placeholder {{mood}}");
        assertThat(message(e, "rules[3].labels.alert_rule")).contains("reserved");
        assertThat(e.getMessage())
                .startsWith(
                        file
                                + " has invalid alert rules: "
                                + file
                                + ":5: rules[0].condition.resolve_below:");
    }

    @Test
    void reportsYamlThatDoesNotParseWithItsLine() throws Exception {
        Path file = file("rules:\n  - name: a\n    condition: {phase: [FAILED\n  - name: b\n");

        InvalidRuleException e = invalid(file);

        assertThat(e.problems()).hasSize(1);
        assertThat(e.problems().get(0).at()).startsWith(file + ":");
        assertThat(e.problems().get(0).message()).startsWith("not valid YAML");
        assertThat(e.getMessage()).contains(file.toString());
    }

    @Test
    void reportsARuleNameTwiceAndAKeyGivenTwice() throws Exception {
        Path file =
                file(
                        """
                        rules:
                          - name: a
                            condition: {phase: FAILED}
                          - name: a
                            condition: {phase: STOPPED}
                            for: 1m
                            for: 2m
                        """);

        InvalidRuleException e = invalid(file);

        assertThat(e.problems())
                .extracting(RuleProblem::toString)
                .containsExactly(file + ":7: rules[1].for: is given twice in the same mapping");
        Path names =
                file(
                        "rules:\n  - name: a\n    condition: {phase: FAILED}\n  - name: a\n    condition: {phase: STOPPED}\n");
        assertThat(invalid(names).problems())
                .extracting(RuleProblem::toString)
                .containsExactly(names + ":4: rules[1].name: 'a' is already the name of rules[0]");
    }

    @Test
    void readsAnEmptyFileAsNoRulesAndSaysWhenTheFileIsMissing() throws Exception {
        assertThat(YamlRulesFile.read(file("# no rules yet\n"))).isEmpty();
        assertThat(YamlRulesFile.read(file("rules: []\n"))).isEmpty();
        assertThatThrownBy(() -> YamlRulesFile.read(dir.resolve("absent.yaml")))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("absent.yaml")
                .hasMessageContaining("monitor.alerts.rules-file");
        assertThat(invalid(file("- name: a\n")).getMessage())
                .contains(":1: must be a mapping with a list 'rules', was a list");
    }

    private Path file(String text) throws Exception {
        Path file = Files.createTempFile(dir, "rules", ".yaml");
        Files.writeString(file, text);
        return file;
    }

    private static InvalidRuleException invalid(Path file) {
        try {
            YamlRulesFile.read(file);
        } catch (InvalidRuleException e) {
            return e;
        }
        throw new AssertionError("expected " + file + " to be rejected");
    }

    private static String message(InvalidRuleException e, String field) {
        return e.problems().stream()
                .filter(p -> p.field().equals(field))
                .findFirst()
                .orElseThrow()
                .message();
    }
}

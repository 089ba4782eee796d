package io.shiftleft.monitor.alerting;

import io.shiftleft.monitor.tracking.Phase;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an alert rule watches for. Statement conditions: the phase is one of a set ({@link
 * PhaseIn}), the statement has been in one of them longer than a duration ({@link TimeInPhase}),
 * its pending records are above a threshold ({@link LagAbove}); pool condition: used over maximum
 * CFUs above a ratio ({@link PoolUsageAbove}). The last two fire above one threshold and resolve
 * below another.
 */
public sealed interface AlertCondition {

    /** What the condition is about. */
    AlertTarget.Kind about();

    /** Where the target stands at the instant. */
    Reading read(AlertTarget target, Instant now);

    /** The threshold that fires, as the alert shows it. */
    String threshold();

    /** The summary of an alert whose rule gives none. */
    String defaultSummary();

    /** The condition as rules write it (the {@code condition} mapping). */
    Map<String, Object> document();

    /** The phase is one of {@code phases}. */
    record PhaseIn(Set<Phase> phases) implements AlertCondition {

        public PhaseIn {
            phases = Set.copyOf(EnumSet.copyOf(phases));
        }

        @Override
        public AlertTarget.Kind about() {
            return AlertTarget.Kind.STATEMENT;
        }

        @Override
        public Reading read(AlertTarget t, Instant now) {
            String value = t.phase() == null ? "" : t.phase().name();
            return t.phase() != null && phases.contains(t.phase())
                    ? Reading.fire(value)
                    : Reading.clear(value);
        }

        @Override
        public String threshold() {
            return names(phases);
        }

        @Override
        public String defaultSummary() {
            return "{{statement}} is {{phase}}";
        }

        @Override
        public Map<String, Object> document() {
            return Map.of("phase", sorted(phases));
        }
    }

    /** The phase is one of {@code phases}, and has been for longer than {@code longerThan}. */
    record TimeInPhase(Set<Phase> phases, Duration longerThan) implements AlertCondition {

        public TimeInPhase {
            phases = Set.copyOf(EnumSet.copyOf(phases));
            Objects.requireNonNull(longerThan, "longerThan");
        }

        @Override
        public AlertTarget.Kind about() {
            return AlertTarget.Kind.STATEMENT;
        }

        @Override
        public Reading read(AlertTarget t, Instant now) {
            if (t.phase() == null || t.phaseSince() == null) {
                return new Reading(Reading.Level.NO_DATA, "");
            }
            Duration age = Duration.between(t.phaseSince(), now).truncatedTo(ChronoUnit.SECONDS);
            String value = t.phase().name() + " for " + Durations.format(age.abs());
            return phases.contains(t.phase()) && age.compareTo(longerThan) > 0
                    ? Reading.fire(value)
                    : Reading.clear(value);
        }

        @Override
        public String threshold() {
            return names(phases) + " longer than " + Durations.format(longerThan);
        }

        @Override
        public String defaultSummary() {
            return "{{statement}} has been {{value}} (limit {{threshold}})";
        }

        @Override
        public Map<String, Object> document() {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("phase", sorted(phases));
            doc.put("longer_than", Durations.format(longerThan));
            return doc;
        }
    }

    /**
     * Pending records above {@code above}; a firing alert resolves below {@code resolveBelow}. Only
     * a statement in an active phase (PENDING, RUNNING, DEGRADED) lags; another one is clear.
     */
    record LagAbove(long above, long resolveBelow) implements AlertCondition {

        @Override
        public AlertTarget.Kind about() {
            return AlertTarget.Kind.STATEMENT;
        }

        @Override
        public Reading read(AlertTarget t, Instant now) {
            Long pending = t.pendingRecords();
            if (pending == null) {
                return new Reading(Reading.Level.NO_DATA, "");
            }
            String value = Long.toString(pending);
            if (t.phase() == null || !t.phase().isActive() || pending < resolveBelow) {
                return Reading.clear(value);
            }
            return new Reading(pending > above ? Reading.Level.FIRE : Reading.Level.BAND, value);
        }

        @Override
        public String threshold() {
            return Long.toString(above);
        }

        @Override
        public String defaultSummary() {
            return "{{statement}} has {{value}} pending records (threshold {{threshold}})";
        }

        @Override
        public Map<String, Object> document() {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("lag_above", above);
            doc.put("resolve_below", resolveBelow);
            return doc;
        }
    }

    /**
     * A pool's used CFUs over its maximum above {@code above}; resolves below {@code resolveBelow}.
     */
    record PoolUsageAbove(double above, double resolveBelow) implements AlertCondition {

        @Override
        public AlertTarget.Kind about() {
            return AlertTarget.Kind.POOL;
        }

        @Override
        public Reading read(AlertTarget t, Instant now) {
            Double usage = t.usage();
            if (usage == null) {
                return new Reading(Reading.Level.NO_DATA, "");
            }
            String value =
                    BigDecimal.valueOf(usage)
                            .setScale(3, RoundingMode.HALF_UP)
                            .stripTrailingZeros()
                            .toPlainString();
            if (usage < resolveBelow) {
                return Reading.clear(value);
            }
            return new Reading(usage > above ? Reading.Level.FIRE : Reading.Level.BAND, value);
        }

        @Override
        public String threshold() {
            return BigDecimal.valueOf(above).stripTrailingZeros().toPlainString();
        }

        @Override
        public String defaultSummary() {
            return "Compute pool {{pool}} uses {{value}} of its CFUs (threshold {{threshold}})";
        }

        @Override
        public Map<String, Object> document() {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("pool_usage_above", above);
            doc.put("resolve_below", resolveBelow);
            return doc;
        }
    }

    private static String names(Set<Phase> phases) {
        return String.join(",", sorted(phases));
    }

    private static java.util.List<String> sorted(Set<Phase> phases) {
        return EnumSet.copyOf(phases).stream().map(Phase::name).collect(Collectors.toList());
    }
}

package io.shiftleft.pipeline.adapt;

import java.util.Map;

/** Custom rules for the tests: loaded by class name or through a {@link SqlRuleFactory}. */
final class TestingRules {

    private TestingRules() {}

    /** Appends a comment naming its {@code label} setting to every statement. */
    public static final class Marker implements SqlRule {
        private final String label;

        public Marker(Map<String, String> settings) {
            String value = settings.get("label");
            if (value == null) {
                throw new IllegalArgumentException("setting 'label' is required");
            }
            this.label = value;
        }

        @Override
        public String name() {
            return "marker";
        }

        @Override
        public String apply(String sql, RuleContext context) {
            context.changed("marked " + label);
            return sql + "\n-- " + label + " (" + context.role() + ")";
        }
    }

    /** Fails on every statement. */
    public static final class Failing implements SqlRule {
        @Override
        public String name() {
            return "failing";
        }

        @Override
        public String apply(String sql, RuleContext context) {
            throw new IllegalStateException("cannot rewrite this");
        }
    }

    /** Makes {@link Marker}s under the name {@code marker}. */
    public static final class MarkerFactory implements SqlRuleFactory {
        @Override
        public String name() {
            return "marker";
        }

        @Override
        public SqlRule create(Map<String, String> settings) {
            return new Marker(settings);
        }
    }
}

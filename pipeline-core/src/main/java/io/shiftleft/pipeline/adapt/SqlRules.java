package io.shiftleft.pipeline.adapt;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * The rules of a target environment, in order: {@code replace}, then on Apache Flink targets {@code
 * kafka-connector}, {@code rowtime}, {@code distribution} and {@code confluent-options}, then the
 * environment's custom rules. Built-in rules named in {@code disabled-rules} are left out.
 */
public final class SqlRules {

    /** The built-in rules' names, in the order they run. */
    public static final List<String> BUILT_IN =
            List.of(
                    ReplaceRule.NAME,
                    KafkaConnectorRule.NAME,
                    RowtimeRule.NAME,
                    AvroTimestampRule.NAME,
                    DistributionRule.NAME,
                    ConfluentOptionsRule.NAME);

    private SqlRules() {}

    /**
     * The rules of an environment; custom rules come from {@code loader}.
     *
     * @throws EnvironmentConfigException when a custom rule cannot be found or made, naming it and
     *     where it is declared
     */
    public static List<SqlRule> of(TargetEnvironment env, ClassLoader loader) {
        List<SqlRule> rules = new ArrayList<>();
        add(rules, env, new ReplaceRule());
        if (env.platform() == Platform.APACHE_FLINK) {
            add(rules, env, new KafkaConnectorRule());
            add(rules, env, new RowtimeRule());
            add(rules, env, new AvroTimestampRule());
            add(rules, env, new DistributionRule());
            add(rules, env, new ConfluentOptionsRule());
        }
        for (RuleSpec spec : env.rules()) {
            rules.add(custom(spec, loader));
        }
        return List.copyOf(rules);
    }

    private static void add(List<SqlRule> rules, TargetEnvironment env, SqlRule rule) {
        if (!env.disabledRules().contains(rule.name())) {
            rules.add(rule);
        }
    }

    private static SqlRule custom(RuleSpec spec, ClassLoader loader) {
        try {
            return spec.className().isEmpty() ? fromFactory(spec, loader) : fromClass(spec, loader);
        } catch (IllegalArgumentException e) {
            throw new EnvironmentConfigException(
                    spec.location() + ": rule '" + spec.label() + "': " + e.getMessage(), e);
        }
    }

    private static SqlRule fromFactory(RuleSpec spec, ClassLoader loader) {
        List<SqlRuleFactory> factories = new ArrayList<>();
        ServiceLoader.load(SqlRuleFactory.class, loader).forEach(factories::add);
        return factories.stream()
                .filter(f -> f.name().equals(spec.name()))
                .findFirst()
                .orElseThrow(
                        () ->
                                new IllegalArgumentException(
                                        "no rule factory of this name on the class path (known: "
                                                + (factories.isEmpty()
                                                        ? "none"
                                                        : factories.stream()
                                                                .map(SqlRuleFactory::name)
                                                                .sorted()
                                                                .collect(Collectors.joining(", ")))
                                                + ")"))
                .create(spec.settings());
    }

    private static SqlRule fromClass(RuleSpec spec, ClassLoader loader) {
        Class<?> type;
        try {
            type = Class.forName(spec.className(), true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalArgumentException("class not found on the class path", e);
        }
        if (!SqlRule.class.isAssignableFrom(type)) {
            throw new IllegalArgumentException("does not implement " + SqlRule.class.getName());
        }
        try {
            try {
                Constructor<?> withSettings = type.getConstructor(Map.class);
                return (SqlRule) withSettings.newInstance(spec.settings());
            } catch (NoSuchMethodException e) {
                if (!spec.settings().isEmpty()) {
                    throw new IllegalArgumentException(
                            "has settings but no public constructor taking a Map", e);
                }
                return (SqlRule) type.getConstructor().newInstance();
            }
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(
                    "needs a public constructor taking no argument or a Map of settings", e);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw new IllegalArgumentException(
                    "its constructor failed: " + cause.getMessage(), cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("cannot be created: " + e.getMessage(), e);
        }
    }
}

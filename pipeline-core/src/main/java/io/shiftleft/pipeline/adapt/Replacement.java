package io.shiftleft.pipeline.adapt;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One per-environment text replacement, the configurable form of shift_left's SQL content modifier
 * ({@code ReplaceEnvInSqlContent}): it rewrites names and string values, never comments.
 *
 * @param from the text to find (a Java regular expression when {@code regex})
 * @param to what replaces it ({@code $1} refers to a group when {@code regex})
 * @param regex whether {@code from} is a regular expression
 * @param targets where the replacement applies
 * @param statements which statements it applies to
 */
public record Replacement(
        String from, String to, boolean regex, Set<Target> targets, Scope statements) {

    /** Where in a statement a replacement applies. */
    public enum Target {
        /** Dotted names, quoted or not ({@code clone.dev.orders}, {@code `orders-dev`}). */
        IDENTIFIERS,
        /** The values of {@code WITH} options. */
        OPTION_VALUES,
        /** Every string literal, option values included. */
        STRINGS
    }

    /** Which statements a replacement applies to. */
    public enum Scope {
        DDL,
        DML,
        ALL;

        boolean covers(StatementRole role) {
            return this == ALL || name().equals(role.name());
        }
    }

    public Replacement {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isEmpty()) {
            throw new IllegalArgumentException("'from' is empty");
        }
        if (regex) {
            Pattern.compile(from); // fails early with the pattern's own message
        }
        targets = targets.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(targets));
        Objects.requireNonNull(statements, "statements");
    }

    /** A plain replacement of names and option values in every statement. */
    public static Replacement of(String from, String to) {
        return new Replacement(
                from, to, false, EnumSet.of(Target.IDENTIFIERS, Target.OPTION_VALUES), Scope.ALL);
    }

    /** The text with every occurrence replaced. */
    String apply(String text) {
        return regex ? text.replaceAll(from, to) : text.replace(from, to);
    }
}

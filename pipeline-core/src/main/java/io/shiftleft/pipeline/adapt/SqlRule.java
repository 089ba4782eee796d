package io.shiftleft.pipeline.adapt;

/**
 * One rewrite of a statement's text for a target environment. Rules run in order, each on the
 * previous one's output. Custom rules implement this interface and are named in an environment's
 * configuration by class (with a public constructor taking no argument or a {@code Map<String,
 * String>} of settings) or through a {@link SqlRuleFactory}.
 *
 * <p>A rule edits what it must and keeps the rest of the text, comments included, as written. It
 * leaves SQL it does not understand alone rather than failing.
 */
public interface SqlRule {

    /** The rule's name, as configuration and change notes refer to it. */
    String name();

    /** Whether the rule rewrites statements of this role; both by default. */
    default boolean appliesTo(StatementRole role) {
        return true;
    }

    /**
     * The statement's text after this rule.
     *
     * @param sql the text of a DDL or DML file (one or more statements)
     * @param context the target, the statement's role and table, and where to say what changed
     * @return the new text, or {@code sql} itself when nothing changes
     */
    String apply(String sql, RuleContext context);
}

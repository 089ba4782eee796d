package io.shiftleft.pipeline.adapt;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What a {@link SqlRule} runs for, and where it says what it changed. Not thread-safe. */
public final class RuleContext {

    private final TargetEnvironment environment;
    private final StatementRole role;
    private final TableContext table;
    private final List<String> changes = new ArrayList<>();
    private String rule = "";

    public RuleContext(TargetEnvironment environment, StatementRole role, TableContext table) {
        this.environment = Objects.requireNonNull(environment, "environment");
        this.role = Objects.requireNonNull(role, "role");
        this.table = Objects.requireNonNull(table, "table");
    }

    public TargetEnvironment environment() {
        return environment;
    }

    public StatementRole role() {
        return role;
    }

    public TableContext table() {
        return table;
    }

    /** Records one change in words ("added 'topic' = 'orders'"), under the running rule's name. */
    public void changed(String what) {
        changes.add(rule.isEmpty() ? what : rule + ": " + what);
    }

    /** The changes recorded so far, in order. */
    public List<String> changes() {
        return List.copyOf(changes);
    }

    void running(String ruleName) {
        this.rule = ruleName;
    }
}

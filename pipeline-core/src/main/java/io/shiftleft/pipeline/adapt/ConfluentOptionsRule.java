package io.shiftleft.pipeline.adapt;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes the table options open-source Flink rejects: Confluent Cloud's {@code changelog.mode},
 * its topic settings ({@code kafka.*}: retention, cleanup policy, partitions, ...), the settings of
 * its registry formats ({@code *avro-registry.*}, {@code *json-registry.*}, {@code
 * *proto-registry.*}) and its error handling ({@code error-handling.*}), plus the environment's own
 * {@code remove-options}.
 */
final class ConfluentOptionsRule implements SqlRule {

    static final String NAME = "confluent-options";

    /** The option keys always removed, as globs. */
    static final List<String> CONFLUENT_ONLY =
            List.of(
                    "changelog.mode",
                    "kafka.*",
                    "*avro-registry.*",
                    "*json-registry.*",
                    "*proto-registry.*",
                    "error-handling.*");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean appliesTo(StatementRole role) {
        return role == StatementRole.DDL;
    }

    @Override
    public String apply(String sql, RuleContext context) {
        List<Pattern> patterns = new ArrayList<>();
        CONFLUENT_ONLY.forEach(g -> patterns.add(glob(g)));
        context.environment().removeOptions().forEach(g -> patterns.add(glob(g)));
        TextEdits edits = new TextEdits(sql);
        for (CreateTable table : CreateTableParser.find(sql)) {
            Set<Integer> removed = new HashSet<>();
            List<String> keys = new ArrayList<>();
            for (int k = 0; k < table.options().size(); k++) {
                String key = table.options().get(k).key();
                if (patterns.stream().anyMatch(p -> p.matcher(key).matches())) {
                    removed.add(k);
                    keys.add("'" + key + "'");
                }
            }
            if (!removed.isEmpty()) {
                ListEdits.edit(edits, table.optionList(), removed, List.of());
                context.changed("removed " + String.join(", ", keys));
            }
        }
        return edits.isEmpty() ? sql : edits.apply();
    }

    /** A glob where {@code *} matches anything, compared without case. */
    static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        for (String part : glob.split("\\*", -1)) {
            if (regex.length() > 0 || glob.startsWith("*")) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
    }
}

package io.shiftleft.pipeline.adapt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Applies an environment's {@link Replacement}s: shift_left's per-environment SQL content modifier
 * as configuration. It looks at tokens, so a replacement meant for names never rewrites a comment
 * or a string, and one meant for option values never rewrites a name.
 */
final class ReplaceRule implements SqlRule {

    static final String NAME = "replace";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String apply(String sql, RuleContext context) {
        String text = sql;
        for (Replacement replacement : context.environment().replacements()) {
            if (replacement.statements().covers(context.role())) {
                text = apply(text, replacement, context);
            }
        }
        return text;
    }

    private static String apply(String sql, Replacement replacement, RuleContext context) {
        List<SqlToken> tokens = SqlToken.tokenize(sql);
        TextEdits edits = new TextEdits(sql);
        Set<Integer> optionValues = new HashSet<>();
        if (replacement.targets().contains(Replacement.Target.OPTION_VALUES)) {
            for (CreateTable table : CreateTableParser.find(sql)) {
                table.options().forEach(o -> optionValues.add(o.valueSpan().start()));
            }
        }
        int count = 0;
        for (int k = 0; k < tokens.size(); k++) {
            SqlToken t = tokens.get(k);
            if (t.kind() == SqlToken.Kind.STRING) {
                boolean wanted =
                        replacement.targets().contains(Replacement.Target.STRINGS)
                                || optionValues.contains(t.start());
                String replaced = wanted ? replacement.apply(t.text()) : t.text();
                if (!replaced.equals(t.text())) {
                    edits.replace(new Span(t.start(), t.end()), SqlToken.literal(replaced));
                    count++;
                }
            } else if (t.isIdentifier()) {
                int last = chainEnd(tokens, k);
                if (replacement.targets().contains(Replacement.Target.IDENTIFIERS)) {
                    count += replaceName(tokens.subList(k, last + 1), replacement, edits);
                }
                k = last;
            }
        }
        if (count > 0) {
            context.changed(
                    "replaced '"
                            + replacement.from()
                            + "' with '"
                            + replacement.to()
                            + "' ("
                            + count
                            + (count == 1 ? " place)" : " places)"));
        }
        return edits.isEmpty() ? sql : edits.apply();
    }

    /** Index of the last token of the dotted name that starts at {@code k}. */
    private static int chainEnd(List<SqlToken> tokens, int k) {
        int last = k;
        while (last + 2 < tokens.size()
                && tokens.get(last + 1).isSymbol(".")
                && tokens.get(last + 1).start() == tokens.get(last).end()
                && tokens.get(last + 2).isIdentifier()
                && tokens.get(last + 2).start() == tokens.get(last + 1).end()) {
            last += 2;
        }
        return last;
    }

    private static int replaceName(List<SqlToken> chain, Replacement replacement, TextEdits edits) {
        List<String> parts = new ArrayList<>();
        List<Boolean> quoted = new ArrayList<>();
        for (SqlToken t : chain) {
            if (t.isIdentifier()) {
                parts.add(t.text());
                quoted.add(t.kind() == SqlToken.Kind.QUOTED);
            }
        }
        String name = String.join(".", parts);
        String replaced = replacement.apply(name);
        if (replaced.equals(name)) {
            return 0;
        }
        List<String> newParts =
                Arrays.stream(replaced.split("\\.", -1)).filter(p -> !p.isEmpty()).toList();
        if (newParts.isEmpty()) {
            throw new IllegalArgumentException(
                    "replacing '"
                            + replacement.from()
                            + "' with '"
                            + replacement.to()
                            + "' leaves nothing of the name "
                            + name);
        }
        boolean sameShape = newParts.size() == parts.size();
        List<String> written = new ArrayList<>();
        for (int p = 0; p < newParts.size(); p++) {
            written.add(SqlToken.identifier(newParts.get(p), sameShape && quoted.get(p)));
        }
        edits.replace(
                Span.of(chain.get(0), chain.get(chain.size() - 1)), String.join(".", written));
        return 1;
    }
}

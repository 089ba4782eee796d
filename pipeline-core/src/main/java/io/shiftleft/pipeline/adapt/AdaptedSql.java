package io.shiftleft.pipeline.adapt;

import java.util.List;
import java.util.Objects;

/**
 * A statement before and after adaptation.
 *
 * @param original the text as written
 * @param sql the text to submit
 * @param changes what the rules changed, in order, each prefixed by the rule's name
 * @param warnings what may still fail on the target (the adapted text does not parse, ...)
 */
public record AdaptedSql(String original, String sql, List<String> changes, List<String> warnings) {

    public AdaptedSql {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(sql, "sql");
        changes = List.copyOf(changes);
        warnings = List.copyOf(warnings);
    }

    /** Whether the text changed. */
    public boolean changed() {
        return !original.equals(sql);
    }
}

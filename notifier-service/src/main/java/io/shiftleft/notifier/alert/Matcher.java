package io.shiftleft.notifier.alert;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A silence matcher on one label, as in Alertmanager: equal or regex (anchored, whole value), or
 * their negations. A missing label has the value "".
 *
 * @param name the label
 * @param value the value or the regex
 * @param regex whether the value is a regex
 * @param equal whether the label must match (false: must not match)
 */
public record Matcher(String name, String value, boolean regex, boolean equal) {

    public Matcher {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        if (regex) {
            try {
                Pattern.compile(value);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(
                        "matcher on '"
                                + name
                                + "': '"
                                + value
                                + "' is not a regex: "
                                + e.getDescription());
            }
        }
    }

    /** Whether the labels satisfy this matcher. */
    public boolean matches(Map<String, String> labels) {
        String actual = labels.getOrDefault(name, "");
        boolean hit =
                regex ? Pattern.compile(value).matcher(actual).matches() : value.equals(actual);
        return hit == equal;
    }

    @Override
    public String toString() {
        return name + (equal ? (regex ? "=~" : "=") : (regex ? "!~" : "!=")) + "\"" + value + "\"";
    }
}

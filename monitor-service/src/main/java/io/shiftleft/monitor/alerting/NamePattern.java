package io.shiftleft.monitor.alerting;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A matcher of names with shell wildcards: {@code *} any run of characters, {@code ?} one; anything
 * else literally. The absent pattern matches everything, even an unknown name; a present one never
 * matches an unknown name.
 */
public final class NamePattern {

    private static final NamePattern ANY = new NamePattern(null);

    private final String text;
    private final Pattern regex;

    private NamePattern(String text) {
        this.text = text;
        this.regex = text == null || !wild(text) ? null : compile(text);
    }

    /** The pattern as written (null: none). */
    public static NamePattern of(String text) {
        return text == null ? ANY : new NamePattern(text);
    }

    /** The pattern that matches everything. */
    public static NamePattern any() {
        return ANY;
    }

    /** The pattern as written, or null. */
    public String text() {
        return text;
    }

    /** Whether there is a pattern. */
    public boolean present() {
        return text != null;
    }

    /** Whether the name matches. */
    public boolean matches(String name) {
        if (text == null) {
            return true;
        }
        if (name == null) {
            return false;
        }
        return regex == null ? text.equals(name) : regex.matcher(name).matches();
    }

    private static boolean wild(String text) {
        return text.indexOf('*') >= 0 || text.indexOf('?') >= 0;
    }

    private static Pattern compile(String text) {
        StringBuilder r = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '*' || c == '?') {
                if (literal.length() > 0) {
                    r.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                r.append(c == '*' ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        if (literal.length() > 0) {
            r.append(Pattern.quote(literal.toString()));
        }
        return Pattern.compile(r.toString(), Pattern.DOTALL);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NamePattern p && Objects.equals(text, p.text);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(text);
    }

    @Override
    public String toString() {
        return text == null ? "*" : text;
    }
}

package io.shiftleft.monitor.alerting;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as rules write them: a sum of numbers with units ({@code 500ms}, {@code 30s}, {@code
 * 10m}, {@code 1h30m}, {@code 2d}), ISO-8601 ({@code PT10M}), or {@code 0}; written back in the
 * short form.
 */
final class Durations {

    private static final Pattern PART = Pattern.compile("(\\d+)(ms|s|m|h|d)");

    private Durations() {}

    /**
     * The duration the text says.
     *
     * @throws IllegalArgumentException when it says none, with what is expected
     */
    static Duration parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("0")) {
            return Duration.ZERO;
        }
        if (t.startsWith("p")) {
            try {
                return Duration.parse(t.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                throw invalid(text);
            }
        }
        Matcher m = PART.matcher(t);
        Duration total = Duration.ZERO;
        int end = 0;
        while (m.lookingAt()) {
            long n = Long.parseLong(m.group(1));
            total =
                    total.plus(
                            switch (m.group(2)) {
                                case "ms" -> Duration.ofMillis(n);
                                case "s" -> Duration.ofSeconds(n);
                                case "m" -> Duration.ofMinutes(n);
                                case "h" -> Duration.ofHours(n);
                                default -> Duration.ofDays(n);
                            });
            end = m.end();
            m.region(end, t.length());
        }
        if (end == 0 || end != t.length()) {
            throw invalid(text);
        }
        return total;
    }

    /** The short form: {@code 1h30m}, {@code 45s}, {@code 250ms}, {@code 0s}. */
    static String format(Duration d) {
        if (d.isZero()) {
            return "0s";
        }
        StringBuilder s = new StringBuilder();
        long days = d.toDays();
        append(s, days, "d");
        append(s, d.toHoursPart(), "h");
        append(s, d.toMinutesPart(), "m");
        append(s, d.toSecondsPart(), "s");
        append(s, d.toMillisPart(), "ms");
        return s.length() == 0 ? "0s" : s.toString();
    }

    private static void append(StringBuilder s, long n, String unit) {
        if (n > 0) {
            s.append(n).append(unit);
        }
    }

    private static IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException(
                "'"
                        + text
                        + "' is not a duration; write a number with a unit (ms, s, m, h, d), such"
                        + " as 30s, 10m or 1h30m");
    }
}

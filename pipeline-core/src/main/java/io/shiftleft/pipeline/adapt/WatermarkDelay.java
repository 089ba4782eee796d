package io.shiftleft.pipeline.adapt;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the watermark delay of {@code rowtime.watermark}: a duration, an interval, or none. */
final class WatermarkDelay {

    private static final Pattern DURATION =
            Pattern.compile("(\\d+)\\s*(ms|s|sec|seconds?|min|minutes?|h|hours?)");

    private WatermarkDelay() {}

    /**
     * The delay as a SQL interval: {@code 500 ms}, {@code 1 s}, {@code 2 min}, {@code 1 h}, or an
     * {@code INTERVAL '5' SECOND} literal as is; "" for {@code none}.
     *
     * @throws IllegalArgumentException saying what is accepted
     */
    static String toSql(String value) {
        String text = value.trim();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.isEmpty() || lower.equals("none") || lower.equals("off")) {
            return "";
        }
        List<SqlToken> tokens = SqlToken.tokenize(text);
        if (tokens.size() >= 3
                && tokens.get(0).isWord("INTERVAL")
                && tokens.get(1).kind() == SqlToken.Kind.STRING
                && tokens.get(2).kind() == SqlToken.Kind.WORD) {
            return text;
        }
        Matcher m = DURATION.matcher(lower);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "expected a delay such as 500 ms, 1 s, 2 min or 1 h, an INTERVAL literal, or"
                            + " none; not '"
                            + value
                            + "'");
        }
        long amount = Long.parseLong(m.group(1));
        String unit = m.group(2);
        if (unit.equals("ms")) {
            String seconds = BigDecimal.valueOf(amount, 3).stripTrailingZeros().toPlainString();
            return "INTERVAL '" + seconds + "' SECOND";
        }
        String sqlUnit = unit.startsWith("s") ? "SECOND" : unit.startsWith("m") ? "MINUTE" : "HOUR";
        return "INTERVAL '" + amount + "' " + sqlUnit;
    }
}

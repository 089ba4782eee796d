package io.shiftleft.pipeline.naming;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The platform's rule for statement names, and the deterministic repair of names that break it.
 *
 * <p>Confluent Cloud accepts a statement name matching {@code
 * [a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*}: lowercase letters, digits and
 * {@code -} (dots only between such segments), starting and ending with a letter or digit. Its
 * OpenAPI allows 100 characters but its documentation says 72, so {@link #MAX_LENGTH} is 72.
 */
public final class StatementNameRules {

    /** The longest statement name used: the documented 72 (the OpenAPI says 100). */
    public static final int MAX_LENGTH = 72;

    /** The limit of Confluent Cloud's OpenAPI specification. */
    public static final int API_MAX_LENGTH = 100;

    /** Length of the hash suffix {@link #fit} appends, without its {@code -}. */
    public static final int HASH_LENGTH = 8;

    private static final Pattern VALID =
            Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");

    private StatementNameRules() {}

    /** Whether the platform accepts the name, at most {@link #MAX_LENGTH} characters. */
    public static boolean isValid(String name) {
        return isValid(name, MAX_LENGTH);
    }

    /** Whether the name matches the platform's pattern and has at most {@code maxLength} chars. */
    public static boolean isValid(String name, int maxLength) {
        return name != null
                && !name.isEmpty()
                && name.length() <= maxLength
                && VALID.matcher(name).matches();
    }

    /**
     * The name itself when it is valid; otherwise a valid name derived from it.
     *
     * <p>Repair: lowercase, every character other than {@code a-z}, {@code 0-9} and {@code -}
     * becomes {@code -}, leading and trailing {@code -} are removed, the result is cut so that
     * {@code -} plus the first {@value #HASH_LENGTH} hex digits of the SHA-256 of the original name
     * fit in {@code maxLength}, and that suffix is appended. The hash keeps two names that only
     * differ after the cut (or in a repaired character) apart; the same input always gives the same
     * output.
     *
     * @throws IllegalArgumentException if {@code maxLength} leaves no room for the hash suffix
     */
    public static String fit(String name, int maxLength) {
        if (maxLength < 2 * (HASH_LENGTH + 1)) {
            throw new IllegalArgumentException("maxLength too small: " + maxLength);
        }
        if (isValid(name, maxLength)) {
            return name;
        }
        String base = trimDashes(sanitize(name));
        int room = maxLength - HASH_LENGTH - 1;
        if (base.length() > room) {
            base = trimDashes(base.substring(0, room));
        }
        String hash = hash(name);
        return base.isEmpty() ? hash : base + "-" + hash;
    }

    private static String sanitize(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
            out.append(ok ? c : '-');
        }
        return out.toString();
    }

    private static String trimDashes(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '-') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '-') {
            end--;
        }
        return s.substring(start, end);
    }

    private static String hash(String name) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256")
                            .digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}

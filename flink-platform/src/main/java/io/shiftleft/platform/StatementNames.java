package io.shiftleft.platform;

import java.util.regex.Pattern;

/**
 * The statement-name rule every adapter checks before it calls its platform: lowercase letters,
 * digits and {@code -}, dots only between such segments, starting and ending with a letter or a
 * digit (Confluent Cloud's rule, which Flink's free-form job names also satisfy), at most the
 * platform's maximum length (72 on Confluent Cloud, as documented; the OpenAPI says 100).
 */
public final class StatementNames {

    /** The documented maximum on Confluent Cloud, used for every platform by default. */
    public static final int MAX_LENGTH = 72;

    private static final Pattern VALID =
            Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");

    private StatementNames() {}

    /**
     * Returns the name when it is valid.
     *
     * @throws PlatformException INVALID_NAME, saying what is wrong
     */
    public static String require(String name, int maxLength) {
        if (name == null || name.isEmpty()) {
            throw new PlatformException(
                    PlatformException.Reason.INVALID_NAME, name, "A statement name is required");
        }
        if (name.length() > maxLength) {
            throw new PlatformException(
                    PlatformException.Reason.INVALID_NAME,
                    name,
                    "The statement name has "
                            + name.length()
                            + " characters; the platform accepts at most "
                            + maxLength);
        }
        if (!VALID.matcher(name).matches()) {
            throw new PlatformException(
                    PlatformException.Reason.INVALID_NAME,
                    name,
                    "A statement name may only hold lowercase letters, digits, '-' and '.'"
                            + " between segments, and must start and end with a letter or digit");
        }
        return name;
    }
}

package io.shiftleft.platform.apache;

/** How the adapter's short waits show the last answer they saw when they time out. */
final class Waits {

    private Waits() {}

    /** The answer as text, cut at 200 characters. */
    static String describe(Object value) {
        String text = String.valueOf(value);
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}

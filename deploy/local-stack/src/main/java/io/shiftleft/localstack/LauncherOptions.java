package io.shiftleft.localstack;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Command-line options of a launcher, read as {@code --name=value} or {@code --name value}, with
 * the system property {@code shiftleft.<name>} and then a default as fallbacks.
 */
public final class LauncherOptions {

    private final Map<String, String> values;

    private LauncherOptions(Map<String, String> values) {
        this.values = values;
    }

    /**
     * Parses {@code --name=value} and {@code --name value} pairs.
     *
     * @param args the arguments of {@code main}
     * @return the parsed options
     * @throws IllegalArgumentException if an argument is not an option or lacks its value
     */
    public static LauncherOptions parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new IllegalArgumentException("Unexpected argument: " + arg);
            }
            int eq = arg.indexOf('=');
            if (eq > 0) {
                values.put(arg.substring(2, eq), arg.substring(eq + 1));
            } else if (i + 1 < args.length) {
                values.put(arg.substring(2), args[++i]);
            } else {
                throw new IllegalArgumentException("Missing value for " + arg);
            }
        }
        return new LauncherOptions(values);
    }

    /**
     * Returns an option as text.
     *
     * @param name the option name, without the leading dashes
     * @param fallback the value when neither the argument nor the system property is set
     * @return the value
     */
    public String text(String name, String fallback) {
        String value = values.get(name);
        if (value == null) {
            value = System.getProperty("shiftleft." + name);
        }
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    /**
     * Returns an option as a TCP port or other positive number.
     *
     * @param name the option name, without the leading dashes
     * @param fallback the value when the option is not set
     * @return the value
     * @throws IllegalArgumentException if the value is not a number between 1 and 65535
     */
    public int port(String name, int fallback) {
        String value = text(name, Integer.toString(fallback));
        int port;
        try {
            port = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " is not a number: " + value, e);
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("--" + name + " is out of range: " + value);
        }
        return port;
    }

    /**
     * Returns an option as an absolute, normalized path.
     *
     * @param name the option name, without the leading dashes
     * @param fallback the path when the option is not set, relative to the working directory
     * @return the path
     */
    public Path path(String name, String fallback) {
        return Path.of(text(name, fallback)).toAbsolutePath().normalize();
    }
}

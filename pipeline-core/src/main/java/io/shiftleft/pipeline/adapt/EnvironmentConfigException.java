package io.shiftleft.pipeline.adapt;

/**
 * A target environment that cannot be used: a configuration file that is not valid, a field with a
 * wrong value, a custom rule that cannot be loaded, an environment nobody defined. The message says
 * where ({@code file:line: field}) and what is wrong.
 */
public class EnvironmentConfigException extends RuntimeException {

    public EnvironmentConfigException(String message) {
        super(message);
    }

    public EnvironmentConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}

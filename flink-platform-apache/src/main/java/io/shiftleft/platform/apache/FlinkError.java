package io.shiftleft.platform.apache;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Flink's own explanation of a failure, dug out of a REST error body ({@code {"errors":[…]}}) or a
 * job's exception history: the first cause that is not one of Flink's wrappers ("Failed to
 * fetchResults.", "Failed to execute the operation …"), plus the causes below it that add anything.
 *
 * @param name the simple class name of the cause reported ({@code SqlParserException})
 * @param message Flink's message, verbatim
 */
record FlinkError(String name, String message) {

    /** Exceptions that only wrap the one that matters. */
    private static final Set<String> WRAPPERS =
            Set.of(
                    "SqlGatewayException",
                    "SqlExecutionException",
                    "RestHandlerException",
                    "CompletionException",
                    "ExecutionException",
                    "InvocationTargetException");

    /** How many causes below the first meaningful one a message names at most. */
    private static final int MAX_CAUSES = 3;

    FlinkError {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(message, "message");
    }

    /** The error of a REST error body; {@code fallback} when it has none. */
    static FlinkError ofBody(JsonNode body, String fallback) {
        List<String> plain = new ArrayList<>();
        for (JsonNode entry : body.path("errors")) {
            String text = entry.isString() ? entry.stringValue() : entry.toString();
            if (text.contains("\n") || text.startsWith("<Exception on server side")) {
                return ofStackTrace(text, fallback);
            }
            if (!text.isBlank() && !text.equals("Internal server error.")) {
                plain.add(text);
            }
        }
        return plain.isEmpty()
                ? new FlinkError("", fallback)
                : new FlinkError("", String.join("; ", plain));
    }

    /**
     * The error a Java stack trace (as Flink prints it) reports: the first meaningful exception,
     * with the messages of the causes below it that it does not already say.
     */
    static FlinkError ofStackTrace(String trace, String fallback) {
        List<FlinkError> chain = chain(trace);
        List<FlinkError> meaningful = chain.stream().filter(e -> !e.isWrapper()).toList();
        if (meaningful.isEmpty()) {
            return chain.isEmpty() ? new FlinkError("", fallback) : chain.get(chain.size() - 1);
        }
        FlinkError first = meaningful.get(0);
        StringBuilder message = new StringBuilder(first.message);
        List<String> causes = new ArrayList<>();
        for (FlinkError cause : meaningful.subList(1, meaningful.size())) {
            if (causes.size() < MAX_CAUSES && message.indexOf(cause.message) < 0) {
                causes.add(cause.name + ": " + cause.message);
                message.append(' ').append(cause.message);
            }
        }
        return causes.isEmpty()
                ? first
                : new FlinkError(
                        first.name,
                        first.message + " (caused by " + String.join("; ", causes) + ")");
    }

    private boolean isWrapper() {
        return WRAPPERS.contains(name)
                || message.startsWith("Failed to fetchResults")
                || message.startsWith("Failed to execute the operation")
                || message.startsWith("Recovery is suppressed by")
                || message.isBlank();
    }

    /** Each exception of the trace, outermost first. */
    private static List<FlinkError> chain(String trace) {
        List<FlinkError> chain = new ArrayList<>();
        StringBuilder message = null;
        String name = null;
        for (String line : trace.split("\n")) {
            if (line.startsWith("\tat ")
                    || line.startsWith("\t... ")
                    || line.startsWith("End of")) {
                if (name != null) {
                    chain.add(new FlinkError(name, message.toString().strip()));
                    name = null;
                }
                continue;
            }
            String header = header(line);
            if (header != null) {
                if (name != null) {
                    chain.add(new FlinkError(name, message.toString().strip()));
                }
                int colon = header.indexOf(": ");
                String type = colon < 0 ? header : header.substring(0, colon);
                name = type.substring(type.lastIndexOf('.') + 1);
                message = new StringBuilder(colon < 0 ? "" : header.substring(colon + 2));
            } else if (name != null) {
                message.append('\n').append(line);
            }
        }
        if (name != null) {
            chain.add(new FlinkError(name, message.toString().strip()));
        }
        return chain;
    }

    /** The "class: message" part of a line that starts an exception, else null. */
    private static String header(String line) {
        String text = line.startsWith("Caused by: ") ? line.substring(11) : line;
        int colon = text.indexOf(": ");
        String type = colon < 0 ? text.strip() : text.substring(0, colon);
        boolean qualified =
                type.matches("([a-zA-Z_$][\\w$]*\\.)+[A-Z][\\w$]*(Exception|Error|Throwable)");
        return qualified ? text : null;
    }
}

package io.shiftleft.pipeline.sql;

import java.util.Objects;

/**
 * Something the analysis wants a person to know about a SQL file.
 *
 * @param severity how bad it is
 * @param file the label the caller gave (a relative path)
 * @param line 1-based line in the file
 * @param column 1-based column in the line
 * @param message one line of text
 */
public record SqlProblem(Severity severity, String file, int line, int column, String message) {

    /** How bad a problem is. */
    public enum Severity {
        /** The result may be incomplete (for example: the lexical fallback was used). */
        WARNING,
        /** The file gives no usable result. */
        ERROR
    }

    public SqlProblem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        file = file == null ? "" : file;
    }

    /** {@code file:line:column: SEVERITY message}, the format compilers use. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + severity + " " + message;
    }
}

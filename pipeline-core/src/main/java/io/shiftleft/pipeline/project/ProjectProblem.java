package io.shiftleft.pipeline.project;

import java.util.Objects;

/**
 * Something wrong in a project, with where it is.
 *
 * @param severity ERROR stops a plan from being trusted; WARNING does not
 * @param code a stable machine-readable kind, e.g. {@code MISSING_DDL}, {@code DUPLICATE_TABLE}
 * @param file project-relative file or folder, or empty
 * @param line 1-based line, or 0 when not applicable
 * @param message what is wrong, in words
 */
public record ProjectProblem(Severity severity, String code, String file, int line, String message)
        implements Comparable<ProjectProblem> {

    /** How bad a problem is. */
    public enum Severity {
        ERROR,
        WARNING
    }

    public ProjectProblem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        file = file == null ? "" : file;
    }

    public static ProjectProblem error(String code, String file, int line, String message) {
        return new ProjectProblem(Severity.ERROR, code, file, line, message);
    }

    public static ProjectProblem warning(String code, String file, int line, String message) {
        return new ProjectProblem(Severity.WARNING, code, file, line, message);
    }

    /** {@code file:line: message}, the form editors and CI logs understand. */
    @Override
    public String toString() {
        String where = file.isEmpty() ? "" : file + (line > 0 ? ":" + line : "") + ": ";
        return where + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
    }

    @Override
    public int compareTo(ProjectProblem o) {
        int c = file.compareTo(o.file);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(line, o.line);
        return c != 0 ? c : message.compareTo(o.message);
    }
}

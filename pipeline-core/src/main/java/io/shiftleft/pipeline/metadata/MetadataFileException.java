package io.shiftleft.pipeline.metadata;

import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * A metadata file that cannot be read: not JSON (then with Jackson's line and column) or not the
 * expected shape (then with the JSON path of the offending value), or an I/O failure.
 */
public class MetadataFileException extends RuntimeException {

    private final Path file;
    private final int line;
    private final int column;

    public MetadataFileException(Path file, String detail, Throwable cause) {
        this(file, -1, -1, detail, cause);
    }

    public MetadataFileException(Path file, int line, int column, String detail, Throwable cause) {
        super(message(file, line, column, detail), cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    /** The file that failed. */
    public Path file() {
        return file;
    }

    /** 1-based line of a syntax error, if known. */
    public OptionalInt line() {
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }

    /** 1-based column of a syntax error, if known. */
    public OptionalInt column() {
        return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
    }

    private static String message(Path file, int line, int column, String detail) {
        StringBuilder text = new StringBuilder("Cannot read ").append(file);
        if (line > 0) {
            text.append(" at line ").append(line);
            if (column > 0) {
                text.append(", column ").append(column);
            }
        }
        return text.append(": ").append(detail).toString();
    }
}

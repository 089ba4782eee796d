package io.shiftleft.pipeline.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a SQL file as the scanner sees it: strict UTF-8, without a leading byte-order mark. */
public final class SqlText {

    private SqlText() {}

    /**
     * The file's text.
     *
     * @throws java.nio.charset.MalformedInputException when it is not UTF-8
     * @throws IOException when it cannot be read
     */
    public static String read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}

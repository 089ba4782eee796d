package io.shiftleft.pipeline.project;

import io.shiftleft.pipeline.project.ProjectWalk.SqlEntry;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The statement properties of a SQL file, read from its sibling {@code <stem>.properties} file as
 * shift_left reads them: Java properties ({@code #} and {@code !} comments, {@code key=value} or
 * {@code key: value}), UTF-8, a leading byte-order mark tolerated.
 *
 * @param values the properties, sorted by key
 * @param digest SHA-256 of the file's text, empty when there is no file
 */
record StatementProperties(Map<String, String> values, Optional<byte[]> digest) {

    static final StatementProperties NONE = new StatementProperties(Map.of(), Optional.empty());

    /**
     * The properties beside {@code sqlFile}, found among the folder's properties files by name;
     * {@link #NONE} when there is none. An unreadable or malformed file is a problem, and counts as
     * none.
     */
    static StatementProperties sibling(
            Path root,
            Path sqlFile,
            Map<String, SqlEntry> propertiesFiles,
            List<ProjectProblem> problems) {
        String name = sqlFile.getFileName().toString();
        String stem = name.substring(0, name.length() - ".sql".length());
        SqlEntry file = propertiesFiles.get(stem + ProjectWalk.PROPERTIES);
        if (file == null) {
            return NONE;
        }
        String ref = ProjectLayout.ref(root.relativize(file.path()));
        try {
            String text = Files.readString(file.path(), StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            Properties properties = new Properties();
            properties.load(new StringReader(text));
            Map<String, String> values = new TreeMap<>();
            properties.forEach((k, v) -> values.put(k.toString(), v.toString()));
            return new StatementProperties(values, Optional.of(sha256(text)));
        } catch (MalformedInputException e) {
            problems.add(ProjectProblem.error("UNREADABLE", ref, 0, "Not UTF-8 text"));
        } catch (IOException e) {
            problems.add(ProjectProblem.error("UNREADABLE", ref, 0, "Cannot read: " + e));
        } catch (IllegalArgumentException e) {
            problems.add(
                    ProjectProblem.error(
                            "PROPERTIES", ref, 0, "Not a Java properties file: " + e.getMessage()));
        }
        return NONE;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest(text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}

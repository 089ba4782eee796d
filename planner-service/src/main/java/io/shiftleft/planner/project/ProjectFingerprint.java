package io.shiftleft.planner.project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * A cheap summary of a project's files: every path under {@code pipelines/} with its size and
 * modification time. Equal summaries mean the last scan still holds.
 */
final class ProjectFingerprint {

    private ProjectFingerprint() {}

    /** The summary of the project's files; "missing" when there is no {@code pipelines/}. */
    static String of(Path projectRoot) {
        Path pipelines = projectRoot.resolve("pipelines");
        if (!Files.isDirectory(pipelines)) {
            return "missing";
        }
        MessageDigest digest = sha256();
        try (Stream<Path> files = Files.walk(pipelines)) {
            files.sorted()
                    .forEach(
                            f -> {
                                try {
                                    BasicFileAttributes a =
                                            Files.readAttributes(f, BasicFileAttributes.class);
                                    String line =
                                            pipelines.relativize(f)
                                                    + "|"
                                                    + a.size()
                                                    + "|"
                                                    + a.lastModifiedTime()
                                                    + "\n";
                                    digest.update(line.getBytes(StandardCharsets.UTF_8));
                                } catch (IOException e) {
                                    throw new UncheckedIOException(e);
                                }
                            });
        } catch (IOException | UncheckedIOException e) {
            // A file that vanished while walking: the project is changing, scan it again.
            return "unreadable:" + System.nanoTime();
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}

package io.shiftleft.pipeline.metadata;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** File access shared by the metadata files: tree parsing with located errors, atomic writes. */
final class MetadataIo {

    /**
     * Python's string order ({@code sorted()}): by Unicode code point, which differs from {@link
     * String#compareTo} (UTF-16 units) only beyond the BMP.
     */
    static final Comparator<String> CODE_POINT_ORDER =
            (a, b) -> {
                int i = 0;
                int j = 0;
                while (i < a.length() && j < b.length()) {
                    int ca = a.codePointAt(i);
                    int cb = b.codePointAt(j);
                    if (ca != cb) {
                        return Integer.compare(ca, cb);
                    }
                    i += Character.charCount(ca);
                    j += Character.charCount(cb);
                }
                return Boolean.compare(i < a.length(), j < b.length());
            };

    private static final JsonMapper MAPPER =
            JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private MetadataIo() {}

    /** The file's JSON tree. */
    static JsonNode readTree(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new MetadataFileException(file, "I/O error: " + e, e);
        }
        try {
            JsonNode tree = MAPPER.readTree(bytes);
            if (tree == null || tree.isMissingNode()) {
                throw new MetadataFileException(file, "the file holds no JSON value", null);
            }
            return tree;
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            int line = at == null ? -1 : at.getLineNr();
            int column = at == null ? -1 : at.getColumnNr();
            throw new MetadataFileException(file, line, column, e.getOriginalMessage(), e);
        }
    }

    /**
     * Replaces the file's content at once: the bytes go to a temporary file in the same folder,
     * which is then moved over the target, so readers see the old or the new file, never a part.
     */
    static void writeAtomically(Path file, byte[] content) {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        Path temp = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.createDirectories(folder);
            try (FileChannel channel =
                            FileChannel.open(
                                    temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    OutputStream stream = Channels.newOutputStream(channel)) {
                stream.write(content);
                stream.flush();
                channel.force(true);
            }
            move(temp, target);
        } catch (IOException e) {
            throw new MetadataFileException(file, "I/O error while writing: " + e, e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the temp file is hidden and named uniquely; leaving it is harmless
            }
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(
                    temp,
                    target,
                    StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}

package io.shiftleft.pipeline.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/** Writes reports to files. */
public final class ReportFiles {

    private ReportFiles() {}

    /**
     * Replaces the file's content with the text (UTF-8) at once: the bytes go to a hidden temporary
     * file in the same folder, which is then moved over the target, so readers see the old or the
     * new file, never a part. Missing folders are created.
     *
     * @throws UncheckedIOException naming the file when it cannot be written
     */
    public static void writeAtomically(Path file, String text) {
        Path target = file.toAbsolutePath().normalize();
        Path folder = target.getParent();
        Path temp = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.createDirectories(folder);
            try (FileChannel channel =
                            FileChannel.open(
                                    temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    OutputStream stream = Channels.newOutputStream(channel)) {
                stream.write(text.getBytes(StandardCharsets.UTF_8));
                stream.flush();
                channel.force(true);
            }
            try {
                Files.move(
                        temp,
                        target,
                        StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // hidden and uniquely named: leaving it is harmless
            }
        }
    }
}

package io.shiftleft.pipeline.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * What the file system says about a file without reading it: size, modification time (in the file
 * system's resolution) and identity (device and inode where the platform has them). Two equal stats
 * of one path mean, as in git's index, that the content has not changed, unless the file was
 * modified in the same clock tick as the stat was recorded (see {@link FileIndex}).
 *
 * @param size bytes
 * @param modifiedNanos last modification, nanoseconds since the epoch
 * @param identity a hash of the file key (device, inode), 0 where there is none
 */
public record FileStat(long size, long modifiedNanos, int identity) {

    /** The stat of attributes read while walking the tree. */
    public static FileStat of(BasicFileAttributes attributes) {
        Object key = attributes.fileKey();
        return new FileStat(
                attributes.size(),
                attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                key == null ? 0 : key.hashCode());
    }

    /** The stat of a file, following links. */
    public static FileStat of(Path file) throws IOException {
        return of(Files.readAttributes(file, BasicFileAttributes.class));
    }
}

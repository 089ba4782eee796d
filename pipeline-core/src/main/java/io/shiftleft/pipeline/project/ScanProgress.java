package io.shiftleft.pipeline.project;

/** Told as a scan reads each table folder; called from several threads. */
@FunctionalInterface
public interface ScanProgress {

    /** Tells nobody. */
    ScanProgress NONE = (done, total) -> {};

    /**
     * One more table folder was read and analysed.
     *
     * @param done folders read so far
     * @param total folders to read
     */
    void folderRead(int done, int total);
}

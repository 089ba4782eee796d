package io.shiftleft.cli;

import io.shiftleft.pipeline.project.ScanProgress;
import java.io.PrintStream;

/**
 * A progress bar on stderr for long scans, redrawn at most ten times a second; silent when stderr
 * is not a terminal (CI logs, pipes) or the project is small.
 */
final class ConsoleProgress implements ScanProgress {

    private static final int MIN_FOLDERS = 500;
    private static final int WIDTH = 30;

    private final PrintStream err;
    private long lastDraw;

    private ConsoleProgress(PrintStream err) {
        this.err = err;
    }

    /** A bar on this process's stderr when it is a terminal, else nothing. */
    static ScanProgress forConsole() {
        return System.console() == null ? ScanProgress.NONE : new ConsoleProgress(System.err);
    }

    @Override
    public synchronized void folderRead(int done, int total) {
        if (total < MIN_FOLDERS) {
            return;
        }
        long now = System.nanoTime();
        if (done < total && now - lastDraw < 100_000_000L) {
            return;
        }
        lastDraw = now;
        err.print(line(done, total));
        if (done == total) {
            err.print('\n');
        }
        err.flush();
    }

    /** The bar, drawn over the previous one. */
    static String line(int done, int total) {
        int filled = (int) ((long) done * WIDTH / total);
        return "\rScanning "
                + "#".repeat(filled)
                + ".".repeat(WIDTH - filled)
                + " "
                + done
                + "/"
                + total
                + " table folders";
    }
}

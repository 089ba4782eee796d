package io.shiftleft.pipeline.project;

/**
 * How a project is read.
 *
 * @param keepUnknownReferencesAsExternal a table read by some SQL but defined nowhere becomes an
 *     external parent (shift_left's default), instead of being dropped with a warning
 * @param externalProduct product of such external parents
 */
public record ScanOptions(boolean keepUnknownReferencesAsExternal, String externalProduct) {

    public static ScanOptions defaults() {
        return new ScanOptions(true, "common");
    }
}

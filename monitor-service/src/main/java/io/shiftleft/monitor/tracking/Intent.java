package io.shiftleft.monitor.tracking;

/**
 * What shift-left itself meant to happen to a statement, so a planned stop or delete is told apart
 * from one nobody asked for.
 *
 * @param planId the plan of a deployment step running on the statement's table now, or null
 * @param requestId that deployment's request, or null
 * @param deleting whether the last command for it deleted it (or dropped its table)
 * @param stopping whether the last command for it stopped it
 */
public record Intent(String planId, String requestId, boolean deleting, boolean stopping) {

    /** Nothing planned. */
    public static final Intent NONE = new Intent(null, null, false, false);

    /** Whether a deployment step works on the table now. */
    public boolean deploying() {
        return planId != null;
    }
}

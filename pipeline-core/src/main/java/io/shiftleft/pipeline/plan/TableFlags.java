package io.shiftleft.pipeline.plan;

/** The mutable flags of one table while a plan is computed. */
final class TableFlags {
    boolean toRun;
    boolean toRestart;
    boolean target;
    StepReason reason;
}

/**
 * Execution plans: which tables of a project must be (re)deployed for a request, in which order,
 * and why. Semantics follow shift_left's planner; the deliberate differences are listed in {@code
 * docs/execution-plans.md}.
 */
package io.shiftleft.pipeline.plan;

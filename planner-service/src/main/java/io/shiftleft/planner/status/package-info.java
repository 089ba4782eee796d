/**
 * What the planner knows about running statements: the latest state of each statement, read from
 * the monitor's compacted {@code statement-status} topic into a table, from which plans learn what
 * runs.
 */
package io.shiftleft.planner.status;

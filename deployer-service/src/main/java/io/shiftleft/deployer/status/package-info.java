/**
 * Statement states on {@code statement-status} until the monitor polls the platforms: a sweep of
 * every environment's statements when the deployer is ready and at a fixed interval, so the planner
 * learns what a restarted Flink no longer runs.
 */
package io.shiftleft.deployer.status;

/**
 * Acting on Flink platforms: one {@link io.shiftleft.platform.FlinkPlatform} per environment
 * ({@link io.shiftleft.deployer.platform.PlatformRegistry}) and the steps a deployment command asks
 * for (create a table, start, restart, stop, resume or delete a statement, drop a table), each
 * idempotent by statement name and SQL hash, within the command's deadline.
 */
package io.shiftleft.deployer.platform;

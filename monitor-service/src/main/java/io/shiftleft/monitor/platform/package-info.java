/**
 * The Flink platform of each watched environment, built from {@code
 * monitor.environments.<name>.platform} with the deployer's shared builder, and which of its
 * statements the monitor manages.
 */
package io.shiftleft.monitor.platform;

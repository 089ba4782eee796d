/**
 * The Flink platform of an environment as configuration: {@link
 * io.shiftleft.support.platform.PlatformProperties} (bound under each service's own prefix) and
 * {@link io.shiftleft.support.platform.FlinkPlatforms}, which builds the Confluent Cloud or Apache
 * Flink adapter from it. Shared by the deployer and the monitor so an environment is configured the
 * same way in both; the adapter modules are optional dependencies of service-support.
 */
package io.shiftleft.support.platform;

/**
 * The {@code FlinkPlatform} adapter for open-source Apache Flink (SQL Gateway + JobManager REST).
 */
package io.shiftleft.platform.apache;

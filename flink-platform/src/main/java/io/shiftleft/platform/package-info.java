/**
 * The {@code FlinkPlatform} port and its adapters (Confluent Cloud; Apache Flink SQL Gateway and
 * JobManager REST). Filled by the platform issue; the module exists so the build's shape is final.
 */
package io.shiftleft.platform;

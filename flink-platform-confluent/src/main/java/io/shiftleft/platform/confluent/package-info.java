/** The {@code FlinkPlatform} adapter for Confluent Cloud for Apache Flink. */
package io.shiftleft.platform.confluent;

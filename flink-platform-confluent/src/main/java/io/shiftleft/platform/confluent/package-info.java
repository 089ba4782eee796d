/**
 * The {@code FlinkPlatform} adapter for Confluent Cloud for Apache Flink: {@link
 * io.shiftleft.platform.confluent.ConfluentCloudPlatform}, configured by {@link
 * io.shiftleft.platform.confluent.ConfluentSettings}, over the SQL statements API ({@code sql/v1}),
 * the compute pools API ({@code fcpm/v2}) and the metrics API, with the JDK HTTP client and Jackson
 * 3. Everything else in the package is package-private. See {@code docs/platform-confluent.md}.
 */
package io.shiftleft.platform.confluent;

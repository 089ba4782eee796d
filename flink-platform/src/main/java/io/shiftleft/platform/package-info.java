/**
 * The {@code FlinkPlatform} port: what the deployer and the monitor need from a Flink platform
 * (submit, get, list, stop, resume, delete, await a phase, results, exceptions, metrics, compute
 * pools where the platform has them), in one model whatever the platform. The adapters live in
 * their own modules: {@code flink-platform-confluent} (Confluent Cloud for Apache Flink) and {@code
 * flink-platform-apache} (open-source Apache Flink: SQL Gateway plus JobManager REST).
 *
 * <p>Plain Java, no Spring and no network here: the port, its value types, the phase poller and the
 * name rules. Its test jar carries {@code FlinkPlatformContract}, the suite every adapter passes.
 */
package io.shiftleft.platform;

/**
 * The {@code FlinkPlatform} adapter for open-source Apache Flink: {@link
 * io.shiftleft.platform.apache.ApacheFlinkPlatform} runs statements through the SQL Gateway REST
 * endpoint and watches their jobs through the JobManager REST API; a {@link
 * io.shiftleft.platform.apache.StatementStore} remembers what Flink has no resource for (name →
 * SQL, job, savepoint, labels), and is also the catalog of record: stored DDL is replayed into
 * every new gateway session (docs/adr/0009).
 */
package io.shiftleft.platform.apache;

/**
 * Launchers for the parts of the shift-left local stack that have no ready-made distribution.
 *
 * <p>{@code bin/shift-left local up} runs each launcher as its own JVM, with its own classpath
 * folder under {@code deploy/local-stack/target/stack/}: {@link
 * io.shiftleft.localstack.FlinkSqlGatewayLauncher} (Flink MiniCluster plus SQL Gateway) and {@link
 * io.shiftleft.localstack.EmbeddedPostgresLauncher} (PostgreSQL). The Kafka broker and the schema
 * registry are started from their own main classes and need no code here.
 */
package io.shiftleft.localstack;

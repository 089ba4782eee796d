/**
 * The orchestration bench: the planner and the deployer, each in its own JVM, run a generated plan
 * of about a thousand statements through Kafka against the fake Confluent Cloud with no delay, and
 * the bench reports the overhead per statement, the command latencies and where they go, how busy
 * the parallelism was and the throughput of both services. Run by hand (see {@link
 * io.shiftleft.bench.orchestration.OrchestrationBench}); never part of {@code mvn verify}.
 */
package io.shiftleft.bench.orchestration;

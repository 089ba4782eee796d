/** Publishes command results to Kafka. */
package io.shiftleft.deployer.command.adapter.out.kafka;

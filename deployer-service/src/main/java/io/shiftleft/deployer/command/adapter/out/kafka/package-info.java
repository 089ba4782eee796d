/** Publishes command results to Kafka through the transactional outbox. */
package io.shiftleft.deployer.command.adapter.out.kafka;

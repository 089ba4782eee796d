/** Publishes statement states to Kafka through the transactional outbox. */
package io.shiftleft.deployer.status.adapter.out.kafka;

package io.shiftleft.support;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of shift-left's topics and listener error policy ({@code shiftleft.kafka.*}).
 *
 * @param topicPrefix prefix of every topic name
 * @param partitions partitions of each topic this service declares
 * @param replicationFactor replication factor of each declared topic
 * @param retryAttempts redeliveries of a failing record before it goes to the dead-letter topic
 * @param retryInterval first back-off between redeliveries, doubled each time
 * @param healthTimeout how long the Kafka health check waits for the cluster to answer
 */
@ConfigurationProperties("shiftleft.kafka")
public record ShiftLeftKafkaProperties(
        @DefaultValue("shiftleft.") String topicPrefix,
        @DefaultValue("3") int partitions,
        @DefaultValue("1") short replicationFactor,
        @DefaultValue("3") int retryAttempts,
        @DefaultValue("500ms") Duration retryInterval,
        @DefaultValue("3s") Duration healthTimeout) {

    public ShiftLeftKafkaProperties {
        if (partitions < 1) {
            throw new IllegalArgumentException("shiftleft.kafka.partitions must be at least 1");
        }
        if (replicationFactor < 1) {
            throw new IllegalArgumentException(
                    "shiftleft.kafka.replication-factor must be at least 1");
        }
        if (retryAttempts < 0) {
            throw new IllegalArgumentException(
                    "shiftleft.kafka.retry-attempts must not be negative");
        }
    }
}

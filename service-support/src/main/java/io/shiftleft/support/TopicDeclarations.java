package io.shiftleft.support;

import io.shiftleft.schemas.Topics;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The topics of the contract with their settings: {@code statement-status} is compacted, and every
 * topic has a {@code .dlq} twin for records its consumers gave up on.
 */
public final class TopicDeclarations {

    private TopicDeclarations() {}

    /** Every topic and dead-letter topic, ready for {@code KafkaAdmin} to create if missing. */
    public static List<NewTopic> all(Topics topics, ShiftLeftKafkaProperties props) {
        List<NewTopic> declared = new ArrayList<>();
        for (String name : topics.all()) {
            TopicBuilder topic =
                    TopicBuilder.name(name)
                            .partitions(props.partitions())
                            .replicas(props.replicationFactor());
            if (name.equals(topics.statementStatus())) {
                topic.compact().config(TopicConfig.MIN_CLEANABLE_DIRTY_RATIO_CONFIG, "0.1");
            }
            declared.add(topic.build());
            declared.add(
                    TopicBuilder.name(Topics.deadLetterOf(name))
                            .partitions(props.partitions())
                            .replicas(props.replicationFactor())
                            .build());
        }
        return declared;
    }
}

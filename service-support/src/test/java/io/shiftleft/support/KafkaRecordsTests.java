package io.shiftleft.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class KafkaRecordsTests {

    @Test
    void returnsAValueOfTheExpectedType() {
        ConsumerRecord<String, Object> record = new ConsumerRecord<>("t", 0, 7L, "k", "text");

        assertThat(KafkaRecords.valueAs(record, String.class)).isEqualTo("text");
    }

    @Test
    void namesTopicPartitionOffsetAndBothTypesForAnotherType() {
        ConsumerRecord<String, Object> record = new ConsumerRecord<>("orders", 2, 41L, "k", 5);

        assertThatThrownBy(() -> KafkaRecords.valueAs(record, String.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("orders-2@41")
                .hasMessageContaining("java.lang.Integer")
                .hasMessageContaining("expected java.lang.String");
    }

    @Test
    void saysSoWhenThereIsNoValue() {
        ConsumerRecord<String, Object> record = new ConsumerRecord<>("orders", 0, 1L, "k", null);

        assertThatThrownBy(() -> KafkaRecords.valueAs(record, String.class))
                .hasMessageContaining("carries no value");
    }
}

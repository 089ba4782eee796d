package io.shiftleft.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TopicsTests {

    @Test
    void namesEveryTopicUnderTheDefaultPrefix() {
        Topics topics = Topics.withDefaultPrefix();

        assertThat(topics.all())
                .containsExactly(
                        "shiftleft.deploy-requests",
                        "shiftleft.deployment-commands",
                        "shiftleft.command-results",
                        "shiftleft.deployment-events",
                        "shiftleft.statement-status",
                        "shiftleft.pipeline-events");
    }

    @Test
    void appliesAConfiguredPrefix() {
        Topics topics = Topics.withPrefix("acme-prod.");

        assertThat(topics.deployRequests()).isEqualTo("acme-prod.deploy-requests");
        assertThat(Topics.deadLetterOf(topics.deployRequests()))
                .isEqualTo("acme-prod.deploy-requests.dlq");
    }

    @Test
    void rejectsAPrefixKafkaWouldRefuse() {
        assertThatThrownBy(() -> Topics.withPrefix("bad prefix/"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad prefix/");
    }
}

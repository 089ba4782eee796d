package io.shiftleft.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.support.serializer.DeserializationException;

class DeadLetterPolicyTests {

    @Test
    void reportsTheFirstCauseThatIsNotASpringWrapper() {
        Exception ours = new SerializationException("Record from topic 't' names schema id 9 ...");
        Exception wrapped =
                new ListenerExecutionFailedException(
                        "Listener failed",
                        new DeserializationException(
                                "failed to deserialize", new byte[0], false, ours));

        assertThat(DeadLetterPolicy.rootMessage(wrapped))
                .isEqualTo(
                        "org.apache.kafka.common.errors.SerializationException: Record from topic"
                                + " 't' names schema id 9 ...");
    }

    @Test
    void keepsASpringExceptionWithoutCause() {
        assertThat(DeadLetterPolicy.rootMessage(new ListenerExecutionFailedException("boom")))
                .endsWith("ListenerExecutionFailedException: boom");
    }
}

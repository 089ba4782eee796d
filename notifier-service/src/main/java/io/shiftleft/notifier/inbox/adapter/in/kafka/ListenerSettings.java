package io.shiftleft.notifier.inbox.adapter.in.kafka;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ContainerCustomizer;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;

/**
 * How the notifier's listeners commit offsets: without waiting for the broker's answer. A consumed
 * batch is durable in the inbox before its offsets are committed, and the inbox skips events it
 * already holds, so a lost commit only means a batch is read again (at-least-once, as before).
 * Waiting for each commit held the next poll back by a round trip to the group coordinator, which
 * was most of the delay from an event to its first delivery attempt (docs/performance.md).
 */
@Configuration(proxyBeanMethods = false)
class ListenerSettings {

    @Bean
    ContainerCustomizer<Object, Object, ConcurrentMessageListenerContainer<Object, Object>>
            asyncOffsetCommits() {
        return container -> container.getContainerProperties().setSyncCommits(false);
    }
}

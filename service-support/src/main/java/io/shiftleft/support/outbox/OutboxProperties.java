package io.shiftleft.support.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the outbox ({@code shiftleft.outbox.*}).
 *
 * @param enabled whether this service has an outbox (its Flyway locations must include {@code
 *     classpath:db/migration/outbox})
 * @param pollInterval how often the relay looks for messages it was not told about
 * @param batchSize messages published per relay transaction
 * @param sendTimeout how long the relay waits for the broker's acknowledgement of a batch
 * @param retention how long published messages are kept (for inspection) before deletion
 */
@ConfigurationProperties("shiftleft.outbox")
public record OutboxProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("200ms") Duration pollInterval,
        @DefaultValue("500") int batchSize,
        @DefaultValue("30s") Duration sendTimeout,
        @DefaultValue("1d") Duration retention) {}

/**
 * The transactional outbox: a service writes the messages a state change causes into its own {@code
 * outbox_message} table in the same database transaction ({@link
 * io.shiftleft.support.outbox.Outbox}), and the {@link io.shiftleft.support.outbox.OutboxRelay}
 * publishes them to Kafka after commit, in order, at least once. A crash between the commit and the
 * publication loses nothing; a rolled-back change sends nothing.
 */
package io.shiftleft.support.outbox;

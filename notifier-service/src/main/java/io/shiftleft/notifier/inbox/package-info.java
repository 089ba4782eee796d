/**
 * The inbox: every pipeline and deployment event the notifier consumes is recorded once, keyed by
 * event id, in the same transaction as the deliveries, alerts and silences it causes; the Kafka
 * offsets are committed only after that transaction, so an event is never lost and a redelivered
 * one changes nothing. It also replays a time range to a subscription.
 */
package io.shiftleft.notifier.inbox;

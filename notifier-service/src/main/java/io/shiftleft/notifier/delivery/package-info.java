/**
 * Deliveries: one message to one subscription, recorded in PostgreSQL before it is sent, claimed by
 * a worker with {@code FOR UPDATE SKIP LOCKED} and a lease (so any number of instances share the
 * work and a crashed instance's deliveries come back by themselves), signed per Standard Webhooks,
 * retried on a schedule with jitter, dead-lettered after the last attempt, and replayable. Every
 * attempt is logged with its status code and latency.
 */
package io.shiftleft.notifier.delivery;

/** Kafka entry points of the inbox, one batch listener per topic. */
package io.shiftleft.notifier.inbox.adapter.in.kafka;

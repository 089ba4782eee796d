/** Kafka entry points of the inbox, one listener per topic. */
package io.shiftleft.notifier.inbox.adapter.in.kafka;

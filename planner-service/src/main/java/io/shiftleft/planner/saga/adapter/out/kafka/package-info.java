/** Writes the saga's commands and events into the outbox, as the wire's Avro records. */
package io.shiftleft.planner.saga.adapter.out.kafka;

/** Writes the answers to requests into the outbox, as deployment events. */
package io.shiftleft.planner.request.adapter.out.kafka;

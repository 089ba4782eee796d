/** Publishes deployment events to Kafka. */
package io.shiftleft.planner.request.adapter.out.kafka;

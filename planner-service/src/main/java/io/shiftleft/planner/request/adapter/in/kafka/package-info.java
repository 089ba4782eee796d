/** Kafka entry point of the request intake. */
package io.shiftleft.planner.request.adapter.in.kafka;

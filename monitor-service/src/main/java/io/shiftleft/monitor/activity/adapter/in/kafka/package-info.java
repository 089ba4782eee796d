/** Kafka entry point of the activity tracker. */
package io.shiftleft.monitor.activity.adapter.in.kafka;

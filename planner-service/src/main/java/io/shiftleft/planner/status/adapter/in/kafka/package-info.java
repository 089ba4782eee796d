/** Reads the monitor's statement-status topic. */
package io.shiftleft.planner.status.adapter.in.kafka;

/** Reads the deployer's command results. */
package io.shiftleft.planner.saga.adapter.in.kafka;

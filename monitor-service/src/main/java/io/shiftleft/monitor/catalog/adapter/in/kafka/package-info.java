/** Kafka entry points of the catalog: the planner's commands and the deployer's results. */
package io.shiftleft.monitor.catalog.adapter.in.kafka;

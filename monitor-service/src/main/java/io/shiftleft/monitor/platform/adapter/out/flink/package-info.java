/**
 * Builds each environment's Flink platform adapter; on Apache Flink its statement store is the
 * monitor's statement catalog, read-only.
 */
package io.shiftleft.monitor.platform.adapter.out.flink;

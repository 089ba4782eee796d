/** Keeps metric samples and pool saturation in the monitor's PostgreSQL schema. */
package io.shiftleft.monitor.metrics.adapter.out.jdbc;

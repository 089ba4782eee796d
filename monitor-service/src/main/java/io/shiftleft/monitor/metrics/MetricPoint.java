package io.shiftleft.monitor.metrics;

import io.shiftleft.monitor.tracking.Gauges;

/**
 * One stored metric sample of a statement.
 *
 * @param statementName the statement
 * @param gauges its values then
 */
public record MetricPoint(String statementName, Gauges gauges) {}

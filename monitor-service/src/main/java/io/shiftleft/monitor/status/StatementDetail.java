package io.shiftleft.monitor.status;

import io.shiftleft.monitor.metrics.MetricPoint;
import io.shiftleft.monitor.tracking.HistoryEntry;
import java.util.List;

/**
 * One statement with its recent changes (newest first) and its metric samples in the window (oldest
 * first).
 *
 * @param view the statement
 * @param history its recent changes
 * @param metrics its samples
 */
public record StatementDetail(
        StatementView view, List<HistoryEntry> history, List<MetricPoint> metrics) {}

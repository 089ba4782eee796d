package io.shiftleft.cli;

import io.shiftleft.schemas.avro.DeploymentEvent;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@code --follow} shows of a plan: on a terminal, a compact step table redrawn in place; else
 * one line per event (CI logs, pipes); and at the end a summary of every step.
 */
final class FollowView {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    /** One table of the plan as the events told it. */
    static final class Row {
        String action = "";
        String state = "PENDING";
        String detail = "";
        Instant started;
        Instant finished;
    }

    private final PrintWriter out;
    private final boolean terminal;
    private final String planId;
    private final Instant begun = Instant.now();
    private final Map<String, Row> rows = new LinkedHashMap<>();
    private String status = "PLANNED";
    private String planDetail = "";
    private int drawnLines;
    private long lastDraw;

    FollowView(PrintWriter out, boolean terminal, String planId) {
        this.out = out;
        this.terminal = terminal;
        this.planId = planId;
    }

    Map<String, Row> rows() {
        return rows;
    }

    String status() {
        return status;
    }

    /** Takes one event of the plan into the view and shows it. */
    void apply(DeploymentEvent event) {
        String type = event.getType().name();
        String table = event.getTableName();
        String detail = event.getDetail() == null ? "" : event.getDetail();
        switch (type) {
            case "PLAN_CREATED" -> {
                event.getTables().forEach(t -> rows.computeIfAbsent(t, k -> new Row()));
                planDetail = detail;
            }
            case "DEPLOYMENT_STARTED" -> status = "RUNNING";
            case "STEP_STARTED", "STEP_SUCCEEDED", "STEP_FAILED" -> {
                Row row = rows.computeIfAbsent(table, k -> new Row());
                row.action = event.getAction() == null ? row.action : event.getAction().name();
                row.state = type.substring("STEP_".length());
                row.detail = detail;
                if (type.equals("STEP_STARTED")) {
                    row.started = event.getOccurredAt();
                } else {
                    row.finished = event.getOccurredAt();
                }
            }
            case "DEPLOYMENT_SUCCEEDED", "DEPLOYMENT_FAILED", "DEPLOYMENT_CANCELLED" -> {
                status = type.substring("DEPLOYMENT_".length());
                planDetail = detail;
            }
            default -> {
                // PLAN_APPROVED and symbols newer than this reader change no row
            }
        }
        if (terminal) {
            draw(true);
        } else {
            out.printf(
                    "%s %-21s %-32s %-12s %s%n",
                    LocalTime.ofInstant(event.getOccurredAt(), ZoneId.systemDefault())
                            .format(CLOCK),
                    type,
                    table == null ? "" : table,
                    event.getAction() == null ? "" : event.getAction().name(),
                    detail);
            out.flush();
        }
    }

    /** On a terminal, redraws the elapsed time about once a second; elsewhere nothing. */
    void tick() {
        if (terminal && System.nanoTime() - lastDraw > 1_000_000_000L) {
            draw(false);
        }
    }

    private void draw(boolean changed) {
        if (!changed && drawnLines == 0) {
            return;
        }
        lastDraw = System.nanoTime();
        StringBuilder b = new StringBuilder();
        if (drawnLines > 0) {
            b.append("\033[").append(drawnLines).append('F');
        }
        long done =
                rows.values().stream()
                        .filter(r -> r.state.equals("SUCCEEDED") || r.state.equals("FAILED"))
                        .count();
        b.append(
                        String.format(
                                "Plan %s  %s  %d/%d steps  %ds",
                                planId,
                                status,
                                done,
                                rows.size(),
                                Duration.between(begun, Instant.now()).toSeconds()))
                .append("\033[K\n");
        for (Map.Entry<String, Row> e : rows.entrySet()) {
            Row r = e.getValue();
            b.append(
                            String.format(
                                    "  %s %-34s %-12s %-10s %s",
                                    mark(r.state), e.getKey(), r.action, r.state, seconds(r)))
                    .append("\033[K\n");
        }
        drawnLines = rows.size() + 1;
        out.print(b);
        out.flush();
    }

    private static String mark(String state) {
        return switch (state) {
            case "SUCCEEDED" -> "✔";
            case "FAILED" -> "✖";
            case "STARTED" -> "▶";
            default -> "·";
        };
    }

    private static String seconds(Row r) {
        if (r.started == null) {
            return "";
        }
        Instant end = r.finished == null ? Instant.now() : r.finished;
        return Duration.between(r.started, end).toSeconds() + "s";
    }

    /**
     * The summary after the plan ended: counts, each step's outcome, failures with their reason.
     */
    void summary() {
        out.println();
        out.printf(
                "Deployment %s in %ds: plan %s%s%n",
                status,
                Duration.between(begun, Instant.now()).toSeconds(),
                planId,
                planDetail.isEmpty() ? "" : " (" + planDetail + ")");
        if (rows.isEmpty() && status.equals("SUCCEEDED")) {
            out.println("  nothing to do: every table of the scope runs already with this SQL");
        }
        for (Map.Entry<String, Row> e : rows.entrySet()) {
            Row r = e.getValue();
            String state =
                    switch (r.state) {
                        case "PENDING" ->
                                status.equals("SUCCEEDED")
                                        ? "UNCHANGED (already running)"
                                        : "NOT STARTED";
                        case "STARTED" -> "UNFINISHED";
                        default -> r.state;
                    };
            out.printf("  %-34s %-12s %s%n", e.getKey(), r.action, state);
            if (r.state.equals("FAILED")) {
                out.printf("      %s%n", r.detail);
            }
        }
        out.flush();
    }
}

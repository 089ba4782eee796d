package io.shiftleft.cli;

import io.shiftleft.schemas.avro.DeploymentEvent;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * {@code --follow} and what goes with it: after the planner accepted the request, read the plan's
 * events on {@code deployment-events} until it ends, show them (a live step table on a terminal,
 * one line per event elsewhere), print a summary and where to look next.
 */
final class FollowOptions {

    private static final Set<String> ENDS =
            Set.of("DEPLOYMENT_SUCCEEDED", "DEPLOYMENT_FAILED", "DEPLOYMENT_CANCELLED");

    @Option(
            names = {"-f", "--follow"},
            description =
                    "Follow the plan until it ends; exit 0 only when every step succeeded (every"
                            + " statement RUNNING or COMPLETED), 4 when it failed or was cancelled.")
    boolean follow;

    @Option(
            names = "--timeout",
            defaultValue = "30m",
            description =
                    "How long --follow waits for the plan to end (default: ${DEFAULT-VALUE}).",
            converter = KafkaOptions.DurationConverter.class)
    Duration timeout;

    @Option(
            names = "--plain",
            description = "One line per event even on a terminal (no table redrawn in place).")
    boolean plain;

    @Option(
            names = "--planner-url",
            defaultValue = "http://127.0.0.1:18090",
            description =
                    "The planner's REST API, for the links printed (default: ${DEFAULT-VALUE}).")
    String plannerUrl;

    @Option(
            names = "--flink-ui",
            description = "The Flink web UI, printed after the summary when given.")
    String flinkUi;

    /**
     * Follows the plan the answer names; answers the exit code.
     *
     * @param answer the planner's REQUEST_ACCEPTED
     */
    int follow(RequestChannel channel, DeploymentEvent answer, PrintWriter out, PrintWriter err) {
        String planId = answer.getPlanId();
        if (planId == null || planId.isBlank()) {
            err.println("The planner's answer to " + answer.getRequestId() + " names no plan");
            return ExitCodes.NO_ANSWER;
        }
        boolean terminal = !plain && System.console() != null;
        FollowView view = new FollowView(out, terminal, planId);
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            Optional<DeploymentEvent> event = channel.poll(planId, e -> true);
            if (event.isEmpty()) {
                view.tick();
                continue;
            }
            DeploymentEvent e = event.get();
            view.apply(e);
            String type = e.getType().name();
            boolean dryRun =
                    type.equals("PLAN_CREATED")
                            && e.getDetail() != null
                            && e.getDetail().contains("dry run");
            if (dryRun) {
                out.println("Dry run: nothing is deployed; the plan: " + plan(planId));
                return ExitCodes.OK;
            }
            if (ENDS.contains(type)) {
                view.summary();
                whereToLook(out, planId);
                return type.equals("DEPLOYMENT_SUCCEEDED")
                        ? ExitCodes.OK
                        : ExitCodes.DEPLOYMENT_FAILED;
            }
        }
        err.println(
                "Plan "
                        + planId
                        + " did not end within "
                        + timeout
                        + " (--timeout); it goes on: "
                        + plan(planId));
        return ExitCodes.NO_ANSWER;
    }

    private void whereToLook(PrintWriter out, String planId) {
        out.println();
        out.println("Where to look next:");
        out.println("  plan and steps:  curl -s " + plan(planId));
        if (flinkUi != null && !flinkUi.isBlank()) {
            out.println("  Flink UI:        " + flinkUi);
        }
        out.flush();
    }

    private String plan(String planId) {
        String base =
                plannerUrl.endsWith("/")
                        ? plannerUrl.substring(0, plannerUrl.length() - 1)
                        : plannerUrl;
        return base + "/api/v1/plans/" + planId;
    }
}

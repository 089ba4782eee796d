package io.shiftleft.planner.request.adapter.in.web;

import io.shiftleft.planner.PlannerException;
import io.shiftleft.planner.request.IncomingRequest;
import io.shiftleft.planner.request.IntakeOutcome;
import io.shiftleft.planner.request.RequestIntake;
import io.shiftleft.planner.request.RequestKind;
import io.shiftleft.planner.request.RequestOptions;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/deployments} and {@code /api/v1/undeployments} (202 with the request and plan
 * ids), {@code POST /api/v1/plans} (a dry run that stores and sends nothing) and {@code GET
 * /api/v1/requests/{id}}. A bad request is a 4xx problem detail and is not recorded.
 */
@RestController
@RequestMapping("/api/v1")
class DeploymentController {

    private final RequestIntake intake;

    DeploymentController(RequestIntake intake) {
        this.intake = intake;
    }

    @PostMapping("/deployments")
    ResponseEntity<RequestBodies.Accepted> deploy(@RequestBody RequestBodies.Deployment body) {
        IncomingRequest request =
                request(
                        body.requestId(),
                        RequestKind.DEPLOY,
                        body.environment(),
                        body.requestedBy(),
                        body.tables(),
                        body.product(),
                        body.directory(),
                        body.options());
        return accepted(intake.submit(request));
    }

    @PostMapping("/undeployments")
    ResponseEntity<RequestBodies.Accepted> undeploy(@RequestBody RequestBodies.Undeployment body) {
        IncomingRequest request =
                request(
                        body.requestId(),
                        RequestKind.UNDEPLOY,
                        body.environment(),
                        body.requestedBy(),
                        body.tables(),
                        body.product(),
                        null,
                        body.options());
        return accepted(intake.submit(request));
    }

    @PostMapping("/plans")
    PreviewBody preview(@RequestBody RequestBodies.Deployment body) {
        IncomingRequest request =
                request(
                        body.requestId(),
                        RequestKind.DEPLOY,
                        body.environment(),
                        body.requestedBy(),
                        body.tables(),
                        body.product(),
                        body.directory(),
                        body.options());
        return PreviewBody.of(intake.preview(request));
    }

    @GetMapping("/requests/{requestId}")
    RequestBodies.Request request(@PathVariable String requestId) {
        return intake.find(requestId)
                .map(RequestBodies.Request::of)
                .orElseThrow(
                        () ->
                                new PlannerException(
                                        PlannerException.Reason.NOT_FOUND,
                                        "no request with id '" + requestId + "'"));
    }

    private static ResponseEntity<RequestBodies.Accepted> accepted(IntakeOutcome outcome) {
        RequestBodies.Accepted body = RequestBodies.Accepted.of(outcome);
        return ResponseEntity.accepted().location(URI.create(body.plan())).body(body);
    }

    private static IncomingRequest request(
            String requestId,
            RequestKind kind,
            String environment,
            String requestedBy,
            List<String> tables,
            String product,
            String directory,
            RequestOptions options) {
        return new IncomingRequest(
                UUID.randomUUID(),
                requestId == null || requestId.isBlank() ? "rest-" + UUID.randomUUID() : requestId,
                kind,
                environment == null ? "" : environment,
                requestedBy,
                tables,
                product,
                directory,
                options,
                Instant.now());
    }
}

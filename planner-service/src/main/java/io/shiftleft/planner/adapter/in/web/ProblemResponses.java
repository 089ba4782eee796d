package io.shiftleft.planner.adapter.in.web;

import io.shiftleft.planner.PlannerException;
import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns a {@link PlannerException} into an RFC 9457 problem: its reason decides the status and the
 * type, its message is the detail. Errors of the web layer itself (unreadable body, missing
 * parameter) are Spring's own problem details.
 */
@RestControllerAdvice
class ProblemResponses {

    @ExceptionHandler(PlannerException.class)
    ProblemDetail plannerProblem(PlannerException e) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(status(e.reason()), e.getMessage());
        String name = e.reason().name().toLowerCase(Locale.ROOT).replace('_', '-');
        problem.setType(URI.create("urn:shiftleft:problem:" + name));
        problem.setTitle(title(e.reason()));
        problem.setProperty("reason", e.reason().name());
        return problem;
    }

    private static HttpStatus status(PlannerException.Reason reason) {
        return switch (reason) {
            case INVALID_REQUEST, UNKNOWN_ENVIRONMENT, UNKNOWN_TABLE -> HttpStatus.BAD_REQUEST;
            case PROJECT_INVALID -> HttpStatus.UNPROCESSABLE_CONTENT;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case WRONG_STATE -> HttpStatus.CONFLICT;
        };
    }

    private static String title(PlannerException.Reason reason) {
        return switch (reason) {
            case INVALID_REQUEST -> "Invalid request";
            case UNKNOWN_ENVIRONMENT -> "Unknown environment";
            case UNKNOWN_TABLE -> "Unknown table";
            case PROJECT_INVALID -> "The project cannot be planned";
            case NOT_FOUND -> "Not found";
            case WRONG_STATE -> "Not possible in the plan's state";
        };
    }
}

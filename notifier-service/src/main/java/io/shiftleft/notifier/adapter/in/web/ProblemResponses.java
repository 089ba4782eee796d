package io.shiftleft.notifier.adapter.in.web;

import io.shiftleft.notifier.NotifierException;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns a {@link NotifierException} into an RFC 9457 problem: its reason decides the status and the
 * type ({@code urn:shiftleft:problem:<reason>}), its message is the detail, and the field at fault
 * and the refused address are properties. Unreadable bodies and malformed parameters get the same
 * shape.
 */
@RestControllerAdvice
class ProblemResponses {

    @ExceptionHandler(NotifierException.class)
    ProblemDetail notifierProblem(NotifierException e) {
        ProblemDetail problem = problem(status(e.reason()), e.reason().name(), e.getMessage());
        if (e.field() != null) {
            problem.setProperty("field", e.field());
        }
        for (Map.Entry<String, Object> d : e.details().entrySet()) {
            problem.setProperty(d.getKey(), d.getValue());
        }
        return problem;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getMostSpecificCause();
        return problem(
                HttpStatus.BAD_REQUEST,
                "INVALID_REQUEST",
                "The body is not the expected JSON: " + cause.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
        ProblemDetail problem =
                problem(
                        HttpStatus.BAD_REQUEST,
                        "INVALID_REQUEST",
                        e.getName() + ": '" + e.getValue() + "' is not valid here");
        problem.setProperty("field", e.getName());
        return problem;
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missing(MissingServletRequestParameterException e) {
        ProblemDetail problem =
                problem(
                        HttpStatus.BAD_REQUEST,
                        "INVALID_REQUEST",
                        e.getParameterName() + " is required");
        problem.setProperty("field", e.getParameterName());
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String reason, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        String name = reason.toLowerCase(Locale.ROOT).replace('_', '-');
        problem.setType(URI.create("urn:shiftleft:problem:" + name));
        problem.setTitle(title(reason));
        problem.setProperty("reason", reason);
        return problem;
    }

    private static HttpStatus status(NotifierException.Reason reason) {
        return switch (reason) {
            case INVALID_REQUEST, TARGET_REFUSED -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
    }

    private static String title(String reason) {
        return switch (reason) {
            case "TARGET_REFUSED" -> "Target refused";
            case "NOT_FOUND" -> "Not found";
            case "CONFLICT" -> "Conflict";
            default -> "Invalid request";
        };
    }
}

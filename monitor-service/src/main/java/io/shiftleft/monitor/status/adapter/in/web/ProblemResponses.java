package io.shiftleft.monitor.status.adapter.in.web;

import io.shiftleft.monitor.MonitorException;
import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns a {@link MonitorException} into an RFC 9457 problem: its reason decides the status and the
 * type ({@code urn:shiftleft:problem:<reason>}), its message is the detail, and the field it is
 * about, if any, is the property {@code field}.
 */
@RestControllerAdvice
class ProblemResponses {

    @ExceptionHandler(MonitorException.class)
    ProblemDetail monitorProblem(MonitorException e) {
        HttpStatus status =
                switch (e.reason()) {
                    case NOT_FOUND -> HttpStatus.NOT_FOUND;
                    case CONFLICT -> HttpStatus.CONFLICT;
                    default -> HttpStatus.BAD_REQUEST;
                };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        String name = e.reason().name().toLowerCase(Locale.ROOT).replace('_', '-');
        problem.setType(URI.create("urn:shiftleft:problem:" + name));
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("reason", e.reason().name());
        if (e.field() != null) {
            problem.setProperty("field", e.field());
        }
        return problem;
    }
}

package io.shiftleft.platform.confluent;

import io.shiftleft.platform.PlatformException;
import io.shiftleft.platform.PlatformException.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Turns an error answer into a {@link PlatformException}: the reason from the HTTP status, the
 * platform's own message from its JSON:API body ({@code errors[].detail}, {@code code}; {@code
 * status} is a string there), and its {@code X-Request-Id}.
 */
final class ApiErrors {

    private static final int MAX_RAW_BODY = 500;

    private ApiErrors() {}

    /**
     * The exception for an error answer about {@code subject} (a statement or pool, may be null).
     */
    static PlatformException toException(HttpResult result, String subject) {
        return new PlatformException(
                reasonOf(result.status()),
                subject,
                result.call().describe()
                        + " answered HTTP "
                        + result.status()
                        + ": "
                        + platformMessage(result.body()),
                result.requestId().orElse(null),
                null);
    }

    /** 400/422 refused, 401/403 credentials, 404 missing, 409 conflict, 429 throttled, 5xx down. */
    static Reason reasonOf(int status) {
        return switch (status) {
            case 400, 422 -> Reason.INVALID_REQUEST;
            case 401, 403 -> Reason.UNAUTHORIZED;
            case 404 -> Reason.NOT_FOUND;
            case 409 -> Reason.CONFLICT;
            case 429 -> Reason.THROTTLED;
            default -> status >= 400 && status < 500 ? Reason.INVALID_REQUEST : Reason.UNAVAILABLE;
        };
    }

    /**
     * The platform's message, verbatim: each error's {@code detail} (else {@code title}) with its
     * {@code code}, joined by "; ". A body that is not JSON:API is quoted, shortened.
     */
    static String platformMessage(String body) {
        Optional<JsonNode> json = Json.tryRead(body);
        JsonNode errors = json.map(j -> j.path("errors")).orElse(null);
        if (errors == null || !errors.isArray() || errors.isEmpty()) {
            String raw = body.strip();
            if (raw.isEmpty()) {
                return "(no body)";
            }
            return raw.length() > MAX_RAW_BODY ? raw.substring(0, MAX_RAW_BODY) + "…" : raw;
        }
        List<String> parts = new ArrayList<>();
        for (JsonNode error : errors) {
            if (error.isString()) {
                parts.add(error.asString());
                continue;
            }
            String text =
                    Json.text(error, "detail")
                            .or(() -> Json.text(error, "title"))
                            .orElse("(no detail)");
            Optional<String> code = Json.text(error, "code");
            parts.add(code.map(c -> text + " [" + c + "]").orElse(text));
        }
        return String.join("; ", parts);
    }
}

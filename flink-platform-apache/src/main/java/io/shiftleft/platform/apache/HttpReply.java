package io.shiftleft.platform.apache;

import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * One answer of a Flink REST endpoint: the HTTP status and the JSON body (an empty object when the
 * body was empty or not JSON).
 *
 * @param status the HTTP status
 * @param body the parsed body
 * @param describe what was asked and where ("Fetching results (GET http://…)"), for messages
 */
record HttpReply(int status, JsonNode body, String describe) {

    HttpReply {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(describe, "describe");
    }

    boolean ok() {
        return status >= 200 && status < 300;
    }

    /** Flink's explanation of a failed request. */
    FlinkError error() {
        return FlinkError.ofBody(body, "HTTP " + status + " without a message");
    }

    /** "Fetching results (GET …) answered HTTP 500: Flink's message". */
    String failure() {
        return describe + " answered HTTP " + status + ": " + error().message();
    }
}

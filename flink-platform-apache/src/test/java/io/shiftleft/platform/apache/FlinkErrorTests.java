package io.shiftleft.platform.apache;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Flink's message, found under the gateway's and the job's wrappers. */
class FlinkErrorTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void findsTheParserMessageOfAFailedGatewayOperation() {
        String trace =
                "<Exception on server side:\n"
                        + "org.apache.flink.table.gateway.api.utils.SqlGatewayException:"
                        + " org.apache.flink.table.gateway.api.utils.SqlGatewayException: Failed to"
                        + " fetchResults.\n"
                        + "\tat org.apache.flink.table.gateway.rest.handler.X.y(X.java:91)\n"
                        + "Caused by: org.apache.flink.table.gateway.api.utils.SqlGatewayException:"
                        + " Failed to fetchResults.\n"
                        + "\t... 48 more\n"
                        + "Caused by: org.apache.flink.table.gateway.service.utils"
                        + ".SqlExecutionException: Failed to execute the operation 4f41.\n"
                        + "\tat a.b(C.java:1)\n"
                        + "Caused by: org.apache.flink.table.api.SqlParserException: SQL parse"
                        + " failed. Non-query expression encountered in illegal context\n"
                        + "\tat a.b(C.java:2)\n"
                        + "Caused by: org.apache.calcite.runtime.CalciteException: Non-query"
                        + " expression encountered in illegal context\n"
                        + "\tat a.b(C.java:3)\n"
                        + "\nEnd of exception on server side>";
        JsonNode body =
                JSON.createObjectNode()
                        .set(
                                "errors",
                                JSON.createArrayNode().add("Internal server error.").add(trace));

        FlinkError error = FlinkError.ofBody(body, "none");

        assertThat(error.name()).isEqualTo("SqlParserException");
        assertThat(error.message())
                .isEqualTo("SQL parse failed. Non-query expression encountered in illegal context");
    }

    @Test
    void namesTheCausesOfAFailedJob() {
        String trace =
                "org.apache.flink.runtime.JobException: Recovery is suppressed by"
                        + " NoRestartBackoffTimeStrategy\n"
                        + "\tat a.b(C.java:1)\n"
                        + "Caused by: java.io.IOException: Failed to deserialize consumer record"
                        + " due to\n"
                        + "\tat a.b(C.java:2)\n"
                        + "Caused by: java.io.IOException: Failed to deserialize JSON '{x'.\n"
                        + "\tat a.b(C.java:3)\n"
                        + "Caused by: com.fasterxml.jackson.core.JsonParseException: Unexpected"
                        + " character\n"
                        + " at [Source: REDACTED; line: 1, column: 2]\n"
                        + "\tat a.b(C.java:4)\n";

        FlinkError error = FlinkError.ofStackTrace(trace, "none");

        assertThat(error.name()).isEqualTo("IOException");
        assertThat(error.message())
                .startsWith("Failed to deserialize consumer record due to (caused by")
                .contains("IOException: Failed to deserialize JSON '{x'.")
                .contains("JsonParseException: Unexpected character\n at [Source");
    }

    @Test
    void keepsPlainErrorsAndFallsBackWhenThereAreNone() {
        JsonNode plain =
                JSON.createObjectNode()
                        .set("errors", JSON.createArrayNode().add("Bad request: no such thing"));

        assertThat(FlinkError.ofBody(plain, "none").message())
                .isEqualTo("Bad request: no such thing");
        assertThat(FlinkError.ofBody(JSON.createObjectNode(), "HTTP 502").message())
                .isEqualTo("HTTP 502");
    }
}

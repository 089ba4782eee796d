package io.shiftleft.platform.confluent;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftleft.platform.PlatformException;
import io.shiftleft.platform.PlatformException.Reason;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Error answers become exceptions with the platform's words, the reason and the request id. */
class ApiErrorsTests {

    private static final HttpCall CALL =
            HttpCall.get(
                    URI.create("https://flink.example/sql/v1/x/statements/s1"),
                    new Credentials("KEY", "SECRET"),
                    "Reading statement");

    @ParameterizedTest
    @CsvSource({
        "400, INVALID_REQUEST",
        "422, INVALID_REQUEST",
        "401, UNAUTHORIZED",
        "403, UNAUTHORIZED",
        "404, NOT_FOUND",
        "409, CONFLICT",
        "429, THROTTLED",
        "500, UNAVAILABLE",
        "503, UNAVAILABLE",
        "405, INVALID_REQUEST"
    })
    void mapsStatusesToReasons(int status, Reason reason) {
        assertThat(ApiErrors.reasonOf(status)).isEqualTo(reason);
    }

    @Test
    void keepsThePlatformsDetailVerbatimWithItsCodeAndRequestId() {
        String body =
                "{\"errors\":[{\"id\":\"e1\",\"status\":\"400\",\"code\":\"invalid_statement\","
                        + "\"title\":\"Bad Request\",\"detail\":\"SQL parse failed. Encountered"
                        + " \\\"SELEC\\\" at line 1, column 1.\"}]}";
        HttpResult result =
                new HttpResult(CALL, 400, body, Optional.of("req-42"), Optional.empty());

        PlatformException e = ApiErrors.toException(result, "s1");

        assertThat(e.reason()).isEqualTo(Reason.INVALID_REQUEST);
        assertThat(e.requestId()).contains("req-42");
        assertThat(e.statement()).contains("s1");
        assertThat(e.getMessage())
                .contains("SQL parse failed. Encountered \"SELEC\" at line 1, column 1.")
                .contains("[invalid_statement]")
                .contains("GET https://flink.example/sql/v1/x/statements/s1")
                .contains("HTTP 400")
                .contains("req-42")
                .doesNotContain("SECRET");
    }

    @Test
    void joinsSeveralErrorsAndFallsBackToTheTitle() {
        String body =
                "{\"errors\":[{\"status\":\"422\",\"detail\":\"first\"},"
                        + "{\"status\":\"422\",\"title\":\"second\",\"code\":\"c2\"}]}";

        assertThat(ApiErrors.platformMessage(body)).isEqualTo("first; second [c2]");
    }

    @Test
    void quotesABodyThatIsNotJsonApi() {
        assertThat(ApiErrors.platformMessage("<html>Bad gateway</html>"))
                .isEqualTo("<html>Bad gateway</html>");
        assertThat(ApiErrors.platformMessage("")).isEqualTo("(no body)");
        assertThat(ApiErrors.platformMessage("x".repeat(600))).hasSize(501);
    }

    @Test
    void retriesOnlyThrottlingAndServerErrors() {
        assertThat(result(429).isRetryable()).isTrue();
        assertThat(result(503).isRetryable()).isTrue();
        assertThat(result(501).isRetryable()).isFalse();
        assertThat(result(400).isRetryable()).isFalse();
        assertThat(result(409).isRetryable()).isFalse();
    }

    private static HttpResult result(int status) {
        return new HttpResult(CALL, status, "", Optional.empty(), Optional.of(Duration.ZERO));
    }
}

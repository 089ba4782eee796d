package io.shiftleft.monitor.alerting;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftleft.monitor.MonitorApp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Calls {@code /api/v1/alert-rules} of a running monitor and checks the status. */
final class RuleApi {

    private final MonitorApp monitor;
    private final HttpClient http = HttpClient.newHttpClient();

    RuleApi(MonitorApp monitor) {
        this.monitor = monitor;
    }

    /** Sends the method to {@code /api/v1/alert-rules<path>} with the JSON body (or none). */
    String call(String method, String path, String body, int status) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(monitor.url("/api/v1/alert-rules" + path)))
                        .header("Content-Type", "application/json")
                        .method(
                                method,
                                body == null
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response =
                http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as("%s %s: %s", method, path, response.body())
                .isEqualTo(status);
        return response.body();
    }
}

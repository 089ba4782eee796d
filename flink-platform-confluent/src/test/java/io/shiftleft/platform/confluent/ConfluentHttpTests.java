package io.shiftleft.platform.confluent;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Redirects and wait headers, on plain WireMock stubs. */
class ConfluentHttpTests {

    private static final Credentials KEY = new Credentials("KEY", "SECRET");
    private static WireMockServer server;
    private static ConfluentHttp http;

    @BeforeAll
    static void start() {
        server = new WireMockServer(options().dynamicPort().notifier(new ConsoleNotifier(false)));
        server.start();
        http =
                new ConfluentHttp(
                        ConfluentHttp.defaultClient(Duration.ofSeconds(5)),
                        Fixture.pacing(),
                        Duration.ofSeconds(5),
                        Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void followsARedirectAndSendsTheCredentialsAgain() {
        server.stubFor(
                get("/old").willReturn(aResponse().withStatus(307).withHeader("Location", "/new")));
        server.stubFor(
                get("/new")
                        .withHeader("Authorization", equalTo(KEY.authorization()))
                        .willReturn(aResponse().withStatus(200).withBody("{}")));

        HttpResult r = http.send(HttpCall.get(uri("/old"), KEY, "Reading"), "s");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.call().uri().getPath()).isEqualTo("/new");
        server.verify(getRequestedFor(urlEqualTo("/new")));
    }

    @Test
    void doesNotSendCredentialsToAnotherPlainHttpOrigin() {
        server.stubFor(
                get("/away")
                        .willReturn(
                                aResponse()
                                        .withStatus(302)
                                        .withHeader("Location", "http://other.invalid/x")));

        HttpResult r = http.send(HttpCall.get(uri("/away"), KEY, "Reading"), "s");

        assertThat(r.status()).isEqualTo(302);
    }

    @Test
    void readsRetryAfterInSecondsAndRateLimitResetOnA429() throws Exception {
        server.stubFor(
                get("/ra").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "12")));
        server.stubFor(
                get("/reset")
                        .willReturn(
                                aResponse().withStatus(429).withHeader("X-RateLimit-Reset", "4")));
        server.stubFor(get("/none").willReturn(aResponse().withStatus(429)));

        assertThat(http.once(HttpCall.get(uri("/ra"), KEY, "r")).retryAfter())
                .contains(Duration.ofSeconds(12));
        assertThat(http.once(HttpCall.get(uri("/reset"), KEY, "r")).retryAfter())
                .contains(Duration.ofSeconds(4));
        assertThat(http.once(HttpCall.get(uri("/none"), KEY, "r")).retryAfter()).isEmpty();
    }

    private static URI uri(String path) {
        return URI.create(server.baseUrl() + path);
    }
}

package io.shiftleft.notifier.delivery.adapter.out.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftleft.notifier.NotifierProperties;
import io.shiftleft.notifier.delivery.AttemptResult;
import io.shiftleft.notifier.delivery.Message;
import io.shiftleft.notifier.subscription.Channel;
import io.shiftleft.notifier.subscription.TargetPolicy;
import io.shiftleft.notifier.testing.WebhookReceiver;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTTP transport against a real receiver: headers and body arrive as sent, redirects are not
 * followed, the whole-attempt deadline holds, and a connection goes only to addresses the policy
 * checked at connect time (a name that resolves elsewhere than at subscription time is refused).
 */
class HttpTransportTests {

    private static WebhookReceiver receiver;

    @BeforeAll
    static void start() throws Exception {
        receiver = new WebhookReceiver();
    }

    @AfterAll
    static void stop() {
        receiver.close();
    }

    @Test
    void postsTheBodyWithItsHeadersAndReadsTheStatus() {
        AttemptResult r =
                transport(List.of("127.0.0.0/8"), Duration.ofSeconds(3)).send(message("/ok"));
        assertThat(r.acknowledged()).isTrue();
        assertThat(r.statusCode()).isEqualTo(200);
        WebhookReceiver.Request got = receiver.requests("/ok").get(0);
        assertThat(got.body()).isEqualTo("{\"a\":1}");
        assertThat(got.header("webhook-id")).isEqualTo("msg_1");
        assertThat(got.header("content-type")).startsWith("application/json");
    }

    @Test
    void doesNotFollowRedirects() {
        receiver.script("/moved", WebhookReceiver.Answer.status(307));
        AttemptResult r =
                transport(List.of("127.0.0.0/8"), Duration.ofSeconds(3)).send(message("/moved"));
        assertThat(r.acknowledged()).isFalse();
        assertThat(r.error()).contains("307", "not followed");
        assertThat(receiver.requests()).noneMatch(x -> x.path().equals("/elsewhere"));
    }

    @Test
    void givesUpWhenTheAnswerTakesLongerThanTheDeadline() {
        receiver.script("/slow", new WebhookReceiver.Answer(200, null, 3_000));
        AttemptResult r =
                transport(List.of("127.0.0.0/8"), Duration.ofMillis(800)).send(message("/slow"));
        assertThat(r.acknowledged()).isFalse();
        assertThat(r.latencyMs()).isLessThan(2_500);
    }

    @Test
    void refusesAtConnectTimeAnAddressThePolicyDoesNotAllow() {
        AttemptResult r = transport(List.of(), Duration.ofSeconds(3)).send(message("/refused"));
        assertThat(r.acknowledged()).isFalse();
        assertThat(r.error()).contains("target refused", "127.0.0.1", "loopback");
        assertThat(receiver.requests("/refused")).isEmpty();
    }

    @Test
    void connectsToTheAddressItCheckedNotToWhatTheNameResolvesToLater() {
        // "rebind.test" resolved to a public address when the subscription was checked; at send
        // time
        // it resolves to loopback: the resolver checks again, and nothing is sent.
        TargetPolicy policy =
                new TargetPolicy(
                        new NotifierProperties.Targets(List.of(), true),
                        host -> new InetAddress[] {InetAddress.getLoopbackAddress()});
        HttpTransport t = new HttpTransport(properties(Duration.ofSeconds(3)), policy);
        String url = receiver.url("/rebound").replace("127.0.0.1", "rebind.test");
        AttemptResult r = t.send(new Message(Channel.WEBHOOK, url, "{}", Map.of()));
        assertThat(r.error()).contains("target refused");
        assertThat(receiver.requests("/rebound")).isEmpty();
    }

    private static Message message(String path) {
        return new Message(
                Channel.WEBHOOK,
                receiver.url(path),
                "{\"a\":1}",
                Map.of("webhook-id", "msg_1", "content-type", "application/json"));
    }

    private static HttpTransport transport(List<String> allowed, Duration timeout) {
        return new HttpTransport(
                properties(timeout),
                TargetPolicy.of(new NotifierProperties.Targets(allowed, true)));
    }

    static NotifierProperties properties(Duration timeout) {
        return new NotifierProperties(
                new NotifierProperties.Secrets(null, null, List.of(), Duration.ofHours(24)),
                new NotifierProperties.Targets(List.of(), true),
                new NotifierProperties.Delivery(
                        Duration.ofSeconds(1),
                        timeout,
                        List.of(Duration.ofSeconds(5)),
                        0.2,
                        Duration.ofHours(24),
                        Duration.ofDays(5),
                        4,
                        10,
                        Duration.ofMillis(100),
                        timeout.plusSeconds(5),
                        true),
                new NotifierProperties.Alerts(
                        List.of("alertname"),
                        Duration.ofSeconds(30),
                        Duration.ofMinutes(5),
                        Duration.ofHours(4),
                        Duration.ofSeconds(1),
                        new NotifierProperties.DeploymentSilence(
                                true, Duration.ofMinutes(5), Duration.ofHours(6))),
                new NotifierProperties.Email("x@y"),
                new NotifierProperties.Pagerduty("https://pd.example/v2/enqueue"),
                Duration.ofDays(14));
    }
}

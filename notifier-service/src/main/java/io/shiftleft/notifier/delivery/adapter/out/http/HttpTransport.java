package io.shiftleft.notifier.delivery.adapter.out.http;

import io.shiftleft.notifier.NotifierProperties;
import io.shiftleft.notifier.delivery.AttemptResult;
import io.shiftleft.notifier.delivery.Message;
import io.shiftleft.notifier.delivery.Transport;
import io.shiftleft.notifier.subscription.Channel;
import io.shiftleft.notifier.subscription.TargetPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Posts HTTP deliveries (webhook, Slack, Teams, PagerDuty). A 3xx is a failure (redirects are not
 * followed: a target must not bounce a delivery elsewhere); at most 64 KiB of an answer is read.
 */
@Component
class HttpTransport implements Transport, DisposableBean {

    private static final int MAX_ANSWER = 64 * 1024;

    private final CloseableHttpClient client;
    private final Duration timeout;
    private final ScheduledExecutorService deadlines =
            Executors.newSingleThreadScheduledExecutor(
                    r -> {
                        Thread t = new Thread(r, "notifier-http-deadlines");
                        t.setDaemon(true);
                        return t;
                    });

    HttpTransport(NotifierProperties properties, TargetPolicy policy) {
        NotifierProperties.Delivery d = properties.delivery();
        this.timeout = d.timeout();
        this.client =
                HttpClients.custom()
                        .setConnectionManager(
                                PoolingHttpClientConnectionManagerBuilder.create()
                                        .setDnsResolver(new CheckingDnsResolver(policy))
                                        .setMaxConnTotal(d.concurrency() * 2)
                                        .setMaxConnPerRoute(d.concurrency())
                                        .setDefaultConnectionConfig(
                                                ConnectionConfig.custom()
                                                        .setConnectTimeout(
                                                                Timeout.of(d.connectTimeout()))
                                                        .setSocketTimeout(Timeout.of(d.timeout()))
                                                        .build())
                                        .build())
                        .setDefaultRequestConfig(
                                RequestConfig.custom()
                                        .setRedirectsEnabled(false)
                                        .setResponseTimeout(Timeout.of(d.timeout()))
                                        .setConnectionRequestTimeout(Timeout.of(d.timeout()))
                                        .build())
                        .disableRedirectHandling()
                        .disableAutomaticRetries()
                        .disableCookieManagement()
                        .disableAuthCaching()
                        .build();
    }

    @Override
    public boolean carries(Channel channel) {
        return channel.http();
    }

    @Override
    public AttemptResult send(Message message) {
        long start = System.nanoTime();
        HttpPost post = new HttpPost(message.target());
        for (Map.Entry<String, String> h : message.headers().entrySet()) {
            if (!h.getKey().equals("content-type")) {
                post.setHeader(h.getKey(), h.getValue());
            }
        }
        post.setEntity(new StringEntity(message.body(), ContentType.APPLICATION_JSON));
        ScheduledFuture<?> deadline =
                deadlines.schedule(() -> post.cancel(), timeout.toMillis(), TimeUnit.MILLISECONDS);
        try {
            return client.execute(post, response -> answer(response, start));
        } catch (CheckingDnsResolver.RefusedHostException e) {
            return AttemptResult.failed("target refused: " + e.getMessage(), millis(start));
        } catch (IOException | RuntimeException e) {
            String why = post.isCancelled() ? "no answer within " + timeout : describe(e);
            return AttemptResult.failed(why, millis(start));
        } finally {
            deadline.cancel(false);
        }
    }

    private static AttemptResult answer(ClassicHttpResponse response, long start)
            throws IOException {
        drain(response.getEntity());
        int status = response.getCode();
        if (status >= 300 && status < 400) {
            Header location = response.getFirstHeader("Location");
            return new AttemptResult(
                    status,
                    millis(start),
                    "answered "
                            + status
                            + " (redirect to "
                            + (location == null ? "nowhere" : location.getValue())
                            + ", not followed)",
                    null);
        }
        Header retryAfter = response.getFirstHeader("Retry-After");
        return AttemptResult.answered(
                status,
                millis(start),
                retryAfter == null ? null : RetryAfter.parse(retryAfter.getValue()));
    }

    private static void drain(HttpEntity entity) throws IOException {
        if (entity == null) {
            return;
        }
        try (InputStream in = entity.getContent()) {
            byte[] buffer = new byte[8192];
            int total = 0;
            int n;
            while (total < MAX_ANSWER && (n = in.read(buffer)) >= 0) {
                total += n;
            }
        }
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static int millis(long start) {
        return (int) ((System.nanoTime() - start) / 1_000_000);
    }

    @Override
    public void destroy() throws IOException {
        deadlines.shutdownNow();
        client.close();
    }
}

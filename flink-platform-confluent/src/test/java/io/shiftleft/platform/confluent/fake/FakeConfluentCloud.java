package io.shiftleft.platform.confluent.fake;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import io.shiftleft.platform.confluent.ConfluentSettings;
import io.shiftleft.platform.confluent.Credentials;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * A stateful fake of Confluent Cloud on a local WireMock server: the Statements API, compute pools
 * and the metrics query, answering as the documented APIs do (JSON:API error bodies, {@code
 * X-Request-Id}, paging links), with knobs for delays and scripted faults. Phases advance by the
 * clock given, so a test that shares a {@link FakeClock} with the adapter never sleeps.
 */
public final class FakeConfluentCloud implements AutoCloseable {

    public static final String ORG = "0b8f4a5e-1d2c-4e6f-9a7b-3c5d7e9f1a2b";
    public static final String ENV = "env-fake01";
    public static final Credentials FLINK_KEY = new Credentials("FLINKKEY", "flink-secret-1");
    public static final Credentials CLOUD_KEY = new Credentials("CLOUDKEY", "cloud-secret-2");

    private final WireMockServer server;
    private final FakeStatementsApi statements;
    private final FakePoolsApi pools = new FakePoolsApi(ENV);
    private final FakeMetricsApi metrics = new FakeMetricsApi();
    private final FakeFaults faults = new FakeFaults();
    private final List<FakeRequest> requests = new ArrayList<>();
    private volatile boolean recording = true;

    private FakeConfluentCloud(Clock clock, int threads) {
        this.statements = new FakeStatementsApi(clock, ORG, ENV);
        this.server =
                new WireMockServer(
                        options()
                                .dynamicPort()
                                .containerThreads(threads)
                                .disableRequestJournal()
                                .stubRequestLoggingDisabled(true)
                                .gzipDisabled(true)
                                .notifier(new ConsoleNotifier(false))
                                .extensions(new FakeApiTransformer(this)));
        server.start();
        server.stubFor(
                any(anyUrl()).willReturn(aResponse().withTransformers(FakeApiTransformer.NAME)));
    }

    /** Starts a fake whose statements age by {@code clock}. */
    public static FakeConfluentCloud start(Clock clock) {
        return new FakeConfluentCloud(clock, 16);
    }

    public URI baseUrl() {
        return URI.create(server.baseUrl());
    }

    /** Settings pointing every API at this fake, with its keys. */
    public ConfluentSettings.Builder settings() {
        return ConfluentSettings.builder()
                .organizationId(ORG)
                .environmentId(ENV)
                .statementsBaseUrl(baseUrl())
                .cloudApiBaseUrl(baseUrl())
                .metricsApiBaseUrl(baseUrl())
                .flinkApi(FLINK_KEY)
                .cloudApi(CLOUD_KEY);
    }

    public FakeStatementsApi statements() {
        return statements;
    }

    public FakePoolsApi pools() {
        return pools;
    }

    public FakeMetricsApi metrics() {
        return metrics;
    }

    public FakeFaults faults() {
        return faults;
    }

    /** Whether requests are remembered (off for benchmarks). */
    public void recordRequests(boolean on) {
        recording = on;
    }

    /** The requests received, oldest first. */
    public synchronized List<FakeRequest> requests() {
        return List.copyOf(requests);
    }

    /** How many requests of the method had a path matching the regular expression. */
    public synchronized long count(String method, String pathRegex) {
        return requests.stream()
                .filter(r -> r.method().equals(method) && r.path().matches(pathRegex))
                .count();
    }

    /** Forgets every statement, pool, point, fault and request. */
    public synchronized void reset() {
        statements.clear();
        pools.clear();
        metrics.clear();
        faults.clear();
        requests.clear();
    }

    @Override
    public void close() {
        server.stop();
    }

    synchronized void record(FakeRequest request) {
        if (recording) {
            requests.add(request);
        }
    }

    FakeResponse answer(FakeRequest request) {
        String path = request.path();
        if (path.startsWith("/sql/v1/")) {
            if (!FLINK_KEY.equals(keyOf(request))) {
                return unauthorized();
            }
            if (!path.startsWith(statements.prefix)) {
                return FakeResponse.error(404, "not_found", "No such environment: " + path);
            }
            return statements.handle(request);
        }
        if (path.startsWith(FakePoolsApi.PREFIX) || path.equals(FakeMetricsApi.PATH)) {
            if (!CLOUD_KEY.equals(keyOf(request))) {
                return unauthorized();
            }
            return path.equals(FakeMetricsApi.PATH)
                    ? metrics.handle(request)
                    : pools.handle(request);
        }
        return FakeResponse.error(404, "not_found", "No such path: " + path);
    }

    private static FakeResponse unauthorized() {
        return FakeResponse.error(401, "unauthorized", "The API key or secret is not valid.");
    }

    private static Credentials keyOf(FakeRequest request) {
        String auth = request.authorization();
        if (!auth.startsWith("Basic ")) {
            return null;
        }
        String pair =
                new String(
                        java.util.Base64.getDecoder().decode(auth.substring(6)),
                        java.nio.charset.StandardCharsets.UTF_8);
        int colon = pair.indexOf(':');
        return colon < 1
                ? null
                : new Credentials(pair.substring(0, colon), pair.substring(colon + 1));
    }
}

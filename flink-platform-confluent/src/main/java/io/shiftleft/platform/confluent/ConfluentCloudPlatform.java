package io.shiftleft.platform.confluent;

import io.shiftleft.platform.ComputePools;
import io.shiftleft.platform.FlinkPlatform;
import io.shiftleft.platform.PhasePoller;
import io.shiftleft.platform.PlatformCapabilities;
import io.shiftleft.platform.PlatformException;
import io.shiftleft.platform.ResultPage;
import io.shiftleft.platform.ResumeOptions;
import io.shiftleft.platform.StatementError;
import io.shiftleft.platform.StatementFilter;
import io.shiftleft.platform.StatementMetrics;
import io.shiftleft.platform.StatementNames;
import io.shiftleft.platform.StatementPhase;
import io.shiftleft.platform.StatementSpec;
import io.shiftleft.platform.StatementStatus;
import io.shiftleft.platform.StopMode;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * {@link FlinkPlatform} on Confluent Cloud for Apache Flink: statements through the SQL API ({@code
 * sql/v1}) with the Flink API key, compute pools ({@code fcpm/v2}) and metrics with the Cloud API
 * key, over the JDK HTTP client. Thread-safe; one instance per environment.
 *
 * <p>Every name is checked ({@link StatementNames}, 72 characters) before any call. Reads, PUTs and
 * DELETEs are retried on 429 (after {@code Retry-After} when given), 5xx and transport errors
 * within {@link ConfluentSettings#callDeadline()}; a create is retried only after a read shows the
 * statement is not there (see {@link Submitter}).
 */
public final class ConfluentCloudPlatform implements FlinkPlatform {

    /** The documented maximum length of a statement name. */
    public static final int MAX_NAME_LENGTH = StatementNames.MAX_LENGTH;

    private final ConfluentSettings settings;
    private final StatementsClient statements;
    private final StatementJson json;
    private final Submitter submitter;
    private final StatementChanges changes;
    private final ConfluentMetrics metrics;
    private final ConfluentComputePools pools;
    private final PhasePoller poller;

    /** The adapter of the real world: system clock, real waits, the JDK's default client. */
    public ConfluentCloudPlatform(ConfluentSettings settings) {
        this(settings, Pacing.system());
    }

    public ConfluentCloudPlatform(ConfluentSettings settings, Pacing pacing) {
        this(settings, pacing, ConfluentHttp.defaultClient(settings.requestTimeout()));
    }

    /**
     * @param settings where and as whom to call
     * @param pacing the clock, the sleeper and the backoffs (tests advance a fake clock)
     * @param client the HTTP client; it must not follow redirects itself
     */
    public ConfluentCloudPlatform(ConfluentSettings settings, Pacing pacing, HttpClient client) {
        this.settings = Objects.requireNonNull(settings, "settings");
        ConfluentHttp http =
                new ConfluentHttp(
                        client, pacing, settings.requestTimeout(), settings.callDeadline());
        this.statements = new StatementsClient(http, settings);
        this.json = new StatementJson(settings, pacing.clock());
        this.submitter = new Submitter(http, statements, json);
        this.changes = new StatementChanges(http, statements, json, settings.deleteTimeout());
        this.metrics = new ConfluentMetrics(http, settings, pacing.clock());
        this.pools = new ConfluentComputePools(http, settings);
        this.poller =
                new PhasePoller(
                        pacing.clock(), pacing.sleeper(), pacing.polling(), pacing.random());
    }

    @Override
    public PlatformCapabilities capabilities() {
        return new PlatformCapabilities(true, true, true, true, MAX_NAME_LENGTH);
    }

    @Override
    public StatementStatus submit(StatementSpec spec) {
        Objects.requireNonNull(spec, "spec");
        checked(spec.name());
        return submitter.submit(spec);
    }

    @Override
    public Optional<StatementStatus> get(String name) {
        return statements.get(checked(name)).map(json::status);
    }

    /**
     * Labels and pool are filtered by the platform ({@code label_selector}, {@code
     * spec.compute_pool_id}), the name prefix here; every page is read in this one call.
     */
    @Override
    public List<StatementStatus> list(StatementFilter filter) {
        return statements.list(filter.labels(), filter.computePoolId()).stream()
                .map(json::status)
                .filter(filter::matches)
                .toList();
    }

    /** {@code spec.stopped=true}; both modes keep the state, which Confluent Cloud holds. */
    @Override
    public StatementStatus stop(String name, StopMode mode) {
        Objects.requireNonNull(mode, "mode");
        return changes.stop(checked(name));
    }

    @Override
    public StatementStatus resume(String name, ResumeOptions options) {
        Objects.requireNonNull(options, "options");
        return changes.resume(checked(name), options);
    }

    @Override
    public void delete(String name) {
        changes.delete(checked(name));
    }

    @Override
    public StatementStatus awaitPhase(String name, Set<StatementPhase> targets, Duration timeout) {
        return poller.await(checked(name), this::get, targets, timeout);
    }

    /** The page token is the previous page's {@code metadata.next} link. */
    @Override
    public ResultPage fetchResults(String name, Optional<String> pageToken) {
        JsonNode statement = existing(checked(name), "Reading results");
        return ResultsJson.page(
                StatementJson.columns(statement), statements.results(name, pageToken));
    }

    @Override
    public List<StatementError> exceptions(String name) {
        return ResultsJson.errors(statements.exceptions(checked(name)));
    }

    @Override
    public StatementMetrics metrics(String name) {
        JsonNode statement = existing(checked(name), "Reading metrics");
        return metrics.of(name, Json.text(statement.path("spec"), "compute_pool_id"));
    }

    @Override
    public Optional<ComputePools> computePools() {
        return Optional.of(pools);
    }

    @Override
    public String toString() {
        return "ConfluentCloudPlatform["
                + settings.organizationId()
                + "/"
                + settings.environmentId()
                + " at "
                + settings.statementsBaseUrl()
                + "]";
    }

    private JsonNode existing(String name, String action) {
        return statements
                .get(name)
                .orElseThrow(
                        () ->
                                new PlatformException(
                                        PlatformException.Reason.NOT_FOUND,
                                        name,
                                        action + ": the statement does not exist"));
    }

    private static String checked(String name) {
        return StatementNames.require(name, MAX_NAME_LENGTH);
    }
}

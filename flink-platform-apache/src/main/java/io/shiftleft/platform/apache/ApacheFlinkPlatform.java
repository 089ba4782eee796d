package io.shiftleft.platform.apache;

import io.shiftleft.platform.ComputePools;
import io.shiftleft.platform.FlinkPlatform;
import io.shiftleft.platform.PhasePoller;
import io.shiftleft.platform.PlatformCapabilities;
import io.shiftleft.platform.PlatformException;
import io.shiftleft.platform.ResultPage;
import io.shiftleft.platform.ResumeOptions;
import io.shiftleft.platform.Sleeper;
import io.shiftleft.platform.StatementError;
import io.shiftleft.platform.StatementFilter;
import io.shiftleft.platform.StatementMetrics;
import io.shiftleft.platform.StatementNames;
import io.shiftleft.platform.StatementPhase;
import io.shiftleft.platform.StatementSpec;
import io.shiftleft.platform.StatementStatus;
import io.shiftleft.platform.StopMode;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@link FlinkPlatform} of open-source Apache Flink: statements run through the SQL Gateway
 * REST endpoint, their jobs are watched and controlled through the JobManager REST API, and a
 * {@link StatementStore} remembers what Flink has no resource for (name → SQL, job, savepoint,
 * labels). The statement name becomes the job's {@code pipeline.name}.
 *
 * <p>Writes (submit, stop, resume, delete) are serialised within one instance; reads are not. One
 * adapter instance writes to a store at a time. {@link #close()} closes the gateway session; jobs
 * keep running.
 */
public final class ApacheFlinkPlatform implements FlinkPlatform, AutoCloseable {

    private static final int MAX_EXCEPTIONS = 10;

    private final ApacheFlinkSettings settings;
    private final StatementStore store;
    private final PhasePoller poller;
    private final SqlGatewayClient gateway;
    private final JobManagerClient jobs;
    private final GatewaySession session;
    private final HeldOperations operations = new HeldOperations();
    private final StatusReader reader;
    private final Submitter submitter;
    private final JobControl control;
    private final JobMetrics metrics;
    private final JsonMapper mapper;
    private final Clock clock;
    private final ReentrantLock writes = new ReentrantLock();

    /** The adapter of the real world: system clock, real sleeps, {@link PhasePoller#system()}. */
    public ApacheFlinkPlatform(ApacheFlinkSettings settings, StatementStore store) {
        this(settings, store, PhasePoller.system(), Clock.systemUTC(), Sleeper.SYSTEM);
    }

    /**
     * @param poller how {@link #awaitPhase} waits (tests pass one with short waits)
     * @param clock the time of statuses and deadlines
     * @param sleeper how the adapter waits inside one call
     */
    public ApacheFlinkPlatform(
            ApacheFlinkSettings settings,
            StatementStore store,
            PhasePoller poller,
            Clock clock,
            Sleeper sleeper) {
        this.settings = settings;
        this.store = store;
        this.poller = poller;
        this.clock = clock;
        this.mapper = JsonMapper.builder().build();
        HttpClient client =
                HttpClient.newBuilder()
                        .connectTimeout(settings.requestTimeout())
                        .version(HttpClient.Version.HTTP_1_1)
                        .build();
        JsonHttp http = new JsonHttp(client, mapper, settings, clock, sleeper);
        PhasePoller waiter =
                new PhasePoller(
                        clock, sleeper, settings.pollBackoff(), RandomGenerator.getDefault());
        this.gateway = new SqlGatewayClient(http, settings);
        this.jobs = new JobManagerClient(http, settings);
        this.session = new GatewaySession(gateway, store, settings, waiter);
        this.reader = new StatusReader(jobs, gateway, store, operations, clock, writes);
        this.submitter = new Submitter(store, session, jobs, operations, reader, clock);
        this.control =
                new JobControl(
                        store, jobs, session, operations, reader, submitter, waiter, settings);
        this.metrics = new JobMetrics(jobs, clock);
    }

    @Override
    public PlatformCapabilities capabilities() {
        return new PlatformCapabilities(false, false, false, false, settings.maxNameLength());
    }

    @Override
    public StatementStatus submit(StatementSpec spec) {
        checked(spec.name());
        return write(() -> submitter.submit(spec));
    }

    @Override
    public Optional<StatementStatus> get(String name) {
        return store.find(checked(name)).map(reader::read);
    }

    @Override
    public List<StatementStatus> list(StatementFilter filter) {
        List<StoredStatement> candidates =
                store.findAll().stream()
                        .filter(s -> s.labels().entrySet().containsAll(filter.labels().entrySet()))
                        .filter(s -> filter.namePrefix().map(s.name()::startsWith).orElse(true))
                        .toList();
        Map<String, JobOverview> byJid =
                candidates.stream().anyMatch(s -> s.jobId().isPresent())
                        ? jobs.overview().stream()
                                .collect(
                                        Collectors.toMap(
                                                JobOverview::jid, Function.identity(), (a, b) -> a))
                        : Map.of();
        return candidates.stream()
                .map(s -> reader.fromOverview(s, byJid))
                .filter(filter::matches)
                .toList();
    }

    @Override
    public StatementStatus stop(String name, StopMode mode) {
        checked(name);
        return write(() -> control.stop(name, mode));
    }

    @Override
    public StatementStatus resume(String name, ResumeOptions options) {
        checked(name);
        return write(() -> control.resume(name, options));
    }

    @Override
    public void delete(String name) {
        checked(name);
        write(
                () -> {
                    control.delete(name);
                    return null;
                });
    }

    @Override
    public StatementStatus awaitPhase(String name, Set<StatementPhase> targets, Duration timeout) {
        return poller.await(checked(name), this::get, targets, timeout);
    }

    @Override
    public ResultPage fetchResults(String name, Optional<String> pageToken) {
        stored(checked(name));
        HeldOperations.Held held =
                operations
                        .get(name)
                        .filter(h -> session.current().equals(Optional.of(h.op().session())))
                        .orElseThrow(
                                () ->
                                        new PlatformException(
                                                PlatformException.Reason.NOT_FOUND,
                                                name,
                                                "No results held: the gateway keeps results only"
                                                        + " for statements this adapter ran in"
                                                        + " its current session"));
        String token = pageToken.orElse("0");
        return ResultPages.of(gateway.fetchResult(name, held.op(), token), token, mapper);
    }

    @Override
    public List<StatementError> exceptions(String name) {
        StoredStatement s = stored(checked(name));
        List<StatementError> errors = new ArrayList<>();
        s.error().ifPresent(e -> errors.add(new StatementError(Optional.empty(), "", e)));
        s.jobId().ifPresent(jid -> errors.addAll(jobs.exceptions(jid, MAX_EXCEPTIONS)));
        return errors;
    }

    @Override
    public StatementMetrics metrics(String name) {
        StoredStatement s = stored(checked(name));
        if (s.jobId().isPresent()) {
            return metrics.of(name, s.jobId().get());
        }
        return new StatementMetrics(
                name,
                clock.instant(),
                OptionalLong.empty(),
                OptionalLong.empty(),
                OptionalLong.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty());
    }

    @Override
    public Optional<ComputePools> computePools() {
        return Optional.empty();
    }

    /** Closes the gateway session (jobs keep running; the next call opens a new session). */
    @Override
    public void close() {
        session.close();
    }

    /** The handle of the gateway session in use, if one is open (for tests). */
    Optional<String> sessionHandle() {
        return session.current();
    }

    private String checked(String name) {
        return StatementNames.require(name, settings.maxNameLength());
    }

    private StoredStatement stored(String name) {
        return store.find(name)
                .orElseThrow(
                        () ->
                                new PlatformException(
                                        PlatformException.Reason.NOT_FOUND,
                                        name,
                                        "The statement store has no statement of that name"));
    }

    private <T> T write(Supplier<T> action) {
        writes.lock();
        try {
            return action.get();
        } finally {
            writes.unlock();
        }
    }
}

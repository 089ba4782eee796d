package io.shiftleft.monitorbench;

import io.shiftleft.platform.ComputePools;
import io.shiftleft.platform.FlinkPlatform;
import io.shiftleft.platform.PlatformCapabilities;
import io.shiftleft.platform.ResultPage;
import io.shiftleft.platform.ResumeOptions;
import io.shiftleft.platform.StatementError;
import io.shiftleft.platform.StatementFilter;
import io.shiftleft.platform.StatementMetrics;
import io.shiftleft.platform.StatementPhase;
import io.shiftleft.platform.StatementSpec;
import io.shiftleft.platform.StatementStatus;
import io.shiftleft.platform.StopMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A platform of {@code n} statements in memory for the monitor's benchmark: each listing builds
 * fresh statuses, as an adapter does from its answer; a phase can be changed at any time. Only what
 * the monitor calls is implemented.
 */
public final class SimulatedPlatform implements FlinkPlatform {

    private final String[] names;
    private final StatementPhase[] phases;
    private final Instant created = Instant.parse("2026-11-01T00:00:00Z");

    public SimulatedPlatform(int n) {
        names = new String[n];
        phases = new StatementPhase[n];
        for (int i = 0; i < n; i++) {
            names[i] = String.format("bench-p%02d-dml-table-%05d", i % 40, i);
            phases[i] = StatementPhase.RUNNING;
        }
    }

    public int size() {
        return names.length;
    }

    public String name(int i) {
        return names[i];
    }

    public synchronized StatementPhase phase(int i) {
        return phases[i];
    }

    public synchronized void phase(int i, StatementPhase phase) {
        phases[i] = phase;
    }

    @Override
    public synchronized List<StatementStatus> list(StatementFilter filter) {
        List<StatementStatus> all = new ArrayList<>(names.length);
        Instant now = Instant.now();
        for (int i = 0; i < names.length; i++) {
            StatementPhase phase = phases[i];
            all.add(
                    new StatementStatus(
                            names[i],
                            phase,
                            phase.name(),
                            phase == StatementPhase.FAILED
                                    ? "simulated failure of " + names[i]
                                    : "",
                            Optional.of("uid-" + i),
                            Optional.of("lfcp-" + (i % 20)),
                            Optional.of("hash-" + i),
                            Map.of(),
                            Optional.of(created.plusSeconds(i)),
                            now,
                            Optional.empty()));
        }
        return all;
    }

    @Override
    public PlatformCapabilities capabilities() {
        return new PlatformCapabilities(false, true, true, true, 72);
    }

    @Override
    public StatementMetrics metrics(String name) {
        return new StatementMetrics(
                name,
                Instant.now(),
                OptionalLong.empty(),
                OptionalLong.empty(),
                OptionalLong.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty());
    }

    @Override
    public List<StatementError> exceptions(String name) {
        return List.of();
    }

    @Override
    public Optional<ComputePools> computePools() {
        return Optional.empty();
    }

    @Override
    public StatementStatus submit(StatementSpec spec) {
        throw new UnsupportedOperationException("the monitor never submits");
    }

    @Override
    public Optional<StatementStatus> get(String name) {
        throw new UnsupportedOperationException("the monitor lists");
    }

    @Override
    public StatementStatus stop(String name, StopMode mode) {
        throw new UnsupportedOperationException("the monitor never stops");
    }

    @Override
    public StatementStatus resume(String name, ResumeOptions options) {
        throw new UnsupportedOperationException("the monitor never resumes");
    }

    @Override
    public void delete(String name) {
        throw new UnsupportedOperationException("the monitor never deletes");
    }

    @Override
    public StatementStatus awaitPhase(String name, Set<StatementPhase> targets, Duration timeout) {
        throw new UnsupportedOperationException("the monitor never waits");
    }

    @Override
    public ResultPage fetchResults(String name, Optional<String> pageToken) {
        throw new UnsupportedOperationException("the monitor reads no results");
    }
}

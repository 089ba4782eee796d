package io.shiftleft.support.platform;

import io.shiftleft.platform.Backoff;
import io.shiftleft.platform.FlinkPlatform;
import io.shiftleft.platform.PhasePoller;
import io.shiftleft.platform.Sleeper;
import io.shiftleft.platform.apache.ApacheFlinkPlatform;
import io.shiftleft.platform.apache.StatementStore;
import io.shiftleft.platform.confluent.ConfluentCloudPlatform;
import io.shiftleft.platform.confluent.Pacing;
import java.time.Clock;
import java.util.Collection;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * Builds the {@link FlinkPlatform} adapter of one environment from its {@link PlatformProperties},
 * for every service that talks to Flink (the deployer acts through it, the monitor watches through
 * it). A wrong or missing setting fails with an {@link IllegalStateException} that names the
 * property, so a service stops at startup rather than failing later.
 *
 * <p>The adapters are optional dependencies of this module: a service that builds platforms
 * declares {@code flink-platform-confluent} and {@code flink-platform-apache} itself.
 */
public final class FlinkPlatforms {

    /** The kind that selects the Confluent Cloud adapter. */
    public static final String CONFLUENT_CLOUD = PlatformProperties.CONFLUENT_CLOUD;

    /** The kind that selects the Apache Flink adapter. */
    public static final String APACHE_FLINK = PlatformProperties.APACHE_FLINK;

    private FlinkPlatforms() {}

    /**
     * The adapter of one environment.
     *
     * @param prefix where the settings live, for messages (e.g. {@code deployer.platforms.prod})
     * @param platform the environment's settings
     * @param polling how {@code awaitPhase} (and the Confluent adapter's retries) wait
     * @param apacheStore the statement store of an Apache Flink environment, asked for only when
     *     the kind is {@code apache-flink} (Flink has no statement resource: the service keeps it)
     */
    public static FlinkPlatform build(
            String prefix,
            PlatformProperties platform,
            Backoff polling,
            Supplier<StatementStore> apacheStore) {
        String kind = platform.kind() == null ? "" : platform.kind().strip();
        try {
            return switch (kind) {
                case APACHE_FLINK -> {
                    PlatformProperties.Apache a = require(platform.apache(), prefix + ".apache");
                    yield new ApacheFlinkPlatform(
                            PlatformSettings.apache(a, prefix + ".apache"),
                            apacheStore.get(),
                            new PhasePoller(Clock.systemUTC(), Sleeper.SYSTEM, polling, random()),
                            Clock.systemUTC(),
                            Sleeper.SYSTEM);
                }
                case CONFLUENT_CLOUD -> {
                    PlatformProperties.Confluent c =
                            require(platform.confluent(), prefix + ".confluent");
                    yield new ConfluentCloudPlatform(
                            PlatformSettings.confluent(c, prefix + ".confluent"),
                            new Pacing(
                                    Clock.systemUTC(),
                                    Sleeper.SYSTEM,
                                    random(),
                                    Pacing.REQUESTS,
                                    polling));
                }
                default ->
                        throw new IllegalStateException(
                                prefix
                                        + ".kind is '"
                                        + kind
                                        + "'; expected "
                                        + CONFLUENT_CLOUD
                                        + " or "
                                        + APACHE_FLINK);
            };
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalStateException(
                    "The Flink platform configured at "
                            + prefix
                            + " is misconfigured: "
                            + e.getMessage(),
                    e);
        }
    }

    /** Closes what the adapters hold open (the Apache adapter's gateway session; jobs run on). */
    public static void close(Collection<FlinkPlatform> platforms) {
        platforms.stream()
                .filter(ApacheFlinkPlatform.class::isInstance)
                .map(ApacheFlinkPlatform.class::cast)
                .forEach(ApacheFlinkPlatform::close);
    }

    private static <T> T require(T settings, String prefix) {
        if (settings == null) {
            throw new IllegalStateException(prefix + ".* is required for this kind of platform");
        }
        return settings;
    }

    /** Jitter from each calling thread's own generator: adapters are shared between threads. */
    private static RandomGenerator random() {
        return () -> ThreadLocalRandom.current().nextLong();
    }
}

package io.shiftleft.platform.confluent;

import io.shiftleft.platform.Backoff;
import io.shiftleft.platform.StatementSpec;
import io.shiftleft.platform.confluent.fake.FakeClock;
import io.shiftleft.platform.confluent.fake.FakeConfluentCloud;
import java.util.SplittableRandom;

/**
 * The fake Confluent Cloud every focused test shares (one WireMock server per test run), with a
 * {@link FakeClock} that the adapter's sleeper advances, so no test sleeps for real.
 */
final class Fixture {

    static final FakeClock CLOCK = FakeClock.atEpochDay();
    static final FakeConfluentCloud CLOUD = FakeConfluentCloud.start(CLOCK);

    private Fixture() {}

    /** Forgets everything the previous test left in the fake. */
    static void reset() {
        CLOUD.reset();
        CLOCK.clearSleeps();
    }

    static Pacing pacing() {
        return new Pacing(
                CLOCK, CLOCK.sleeper(), new SplittableRandom(7), Pacing.REQUESTS, Backoff.POLLING);
    }

    /** The adapter on the fake, with catalog and database defaults. */
    static ConfluentCloudPlatform platform() {
        return platform(settings());
    }

    static ConfluentCloudPlatform platform(ConfluentSettings.Builder settings) {
        return new ConfluentCloudPlatform(settings.build(), pacing());
    }

    static ConfluentSettings.Builder settings() {
        return CLOUD.settings().currentCatalog("env-fake01").currentDatabase("lkc-fake01");
    }

    static StatementSpec ddl(String name) {
        return StatementSpec.of(name, "CREATE TABLE `" + name.replace('-', '_') + "` (`id` INT)");
    }

    static StatementSpec dml(String name) {
        return StatementSpec.of(name, "INSERT INTO `sink` SELECT `id` FROM `source`");
    }
}

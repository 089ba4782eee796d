package io.shiftleft.platform.confluent;

import io.shiftleft.platform.FlinkPlatform;
import org.junit.jupiter.api.BeforeAll;

/** The port's contract, passed on the fake Confluent Cloud. */
class ConfluentCloudPlatformContractTests extends ConfluentContract {

    private static ConfluentCloudPlatform platform;

    @BeforeAll
    static void startFake() {
        Fixture.reset();
        platform = Fixture.platform();
    }

    @Override
    protected FlinkPlatform platform() {
        return platform;
    }
}

package io.shiftleft.monitor;

import io.shiftleft.support.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The house rules (ports and adapters, no cycles between features) hold for the monitor. */
class ArchitectureTests {

    @Test
    void keepsBusinessCodeFreeOfTransportsAndFeaturesFreeOfCycles() {
        ArchitectureRules.check("io.shiftleft.monitor");
    }
}

package io.shiftleft.deployer;

import io.shiftleft.support.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTests {

    @Test
    void keepsBusinessCodeFreeOfTransportsAndFeaturesFreeOfCycles() {
        ArchitectureRules.check("io.shiftleft.deployer");
    }
}

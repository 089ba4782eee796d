package io.shiftleft.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatementNamesTests {

    @ParameterizedTest
    @ValueSource(strings = {"dev-dml-orders", "a", "p1.dev-ddl-x", "0-9"})
    void acceptsValidNames(String name) {
        assertThat(StatementNames.require(name, 72)).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Upper", "under_score", "-lead", "trail-", "a..b", "sp ace"})
    void refusesInvalidNames(String name) {
        assertThatThrownBy(() -> StatementNames.require(name, 72))
                .isInstanceOf(PlatformException.class)
                .extracting(e -> ((PlatformException) e).reason())
                .isEqualTo(PlatformException.Reason.INVALID_NAME);
    }

    @Test
    void refusesANameLongerThanThePlatformAllowsAndSaysByHowMuch() {
        assertThatThrownBy(() -> StatementNames.require("a".repeat(73), 72))
                .hasMessageContaining("73 characters")
                .hasMessageContaining("at most 72");
    }
}

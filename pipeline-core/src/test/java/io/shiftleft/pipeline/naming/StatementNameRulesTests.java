package io.shiftleft.pipeline.naming;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatementNameRulesTests {

    @Test
    void acceptsLowercaseAlphanumericsDashesAndInnerDots() {
        assertThat(StatementNameRules.isValid("dev-usw2-p2-dml-src-x")).isTrue();
        assertThat(StatementNameRules.isValid("dev-usw2-dml-db.table")).isTrue();
        assertThat(StatementNameRules.isValid("0-starts-with-digit")).isTrue();
    }

    @Test
    void rejectsWhatThePlatformRejects() {
        assertThat(StatementNameRules.isValid("")).isFalse();
        assertThat(StatementNameRules.isValid("-leading")).isFalse();
        assertThat(StatementNameRules.isValid("trailing-")).isFalse();
        assertThat(StatementNameRules.isValid("under_score")).isFalse();
        assertThat(StatementNameRules.isValid("Upper")).isFalse();
        assertThat(StatementNameRules.isValid("a..b")).isFalse();
        assertThat(StatementNameRules.isValid("a".repeat(73))).isFalse();
        assertThat(StatementNameRules.isValid("a".repeat(73), 100)).isTrue();
    }

    @Test
    void fitsAnyInputIntoAValidName() {
        for (String raw : new String[] {"-_-", "É", "a".repeat(200), "x_" + "-".repeat(90) + "y"}) {
            String fitted = StatementNameRules.fit(raw, 72);

            assertThat(StatementNameRules.isValid(fitted)).as(raw).isTrue();
            assertThat(StatementNameRules.fit(raw, 72)).isEqualTo(fitted);
        }
    }

    @Test
    void cutsBeforeTheHashWithoutLeavingADashBehind() {
        String raw = "a".repeat(62) + "-" + "b".repeat(20);

        assertThat(StatementNameRules.fit(raw, 72)).matches("a{62}-[0-9a-f]{8}");
    }
}

package io.shiftleft.pipeline.naming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamingSettingsTests {

    @ParameterizedTest
    @CsvSource({
        "us-west-2, usw2",
        "eu-central-1, euc1",
        "ap-southeast-1, apse1",
        "us-east-1, use1",
        "ap-northeast-2, apne2",
        "sa-east-1, sae1",
        "westus2, wus2",
        "southcentralus, scus"
    })
    void abbreviatesRegionsAsShiftLeftDoes(String region, String abbreviation) {
        assertThat(NamingSettings.abbreviateRegion(region)).isEqualTo(abbreviation);
    }

    @Test
    void defaultsTheRegionToShiftLeftsDefault() {
        NamingSettings settings = NamingSettings.of("dev", null);

        assertThat(settings.region()).isEqualTo("us-west-2");
        assertThat(settings.statementPrefix()).isEqualTo("dev-usw2");
        assertThat(settings.includeProductSegment()).isTrue();
    }

    @Test
    void rejectsBlankClusterType() {
        assertThatThrownBy(() -> NamingSettings.of(" ", "us-west-2"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

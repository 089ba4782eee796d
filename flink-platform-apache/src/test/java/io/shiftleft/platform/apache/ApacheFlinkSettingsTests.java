package io.shiftleft.platform.apache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The adapter's settings: defaults, environment variables, and what they refuse. */
class ApacheFlinkSettingsTests {

    @Test
    void readsTheEnvironment() {
        ApacheFlinkSettings settings =
                ApacheFlinkSettings.fromEnvironment(
                        Map.of(
                                "SHIFTLEFT_FLINK_GATEWAY_URL", "http://127.0.0.1:8083/",
                                "SHIFTLEFT_FLINK_REST_URL", "http://127.0.0.1:8081",
                                "SHIFTLEFT_FLINK_SAVEPOINT_DIR", "file:///sp"));

        assertThat(settings.gatewayUrl()).isEqualTo(URI.create("http://127.0.0.1:8083"));
        assertThat(settings.restUrl()).isEqualTo(URI.create("http://127.0.0.1:8081"));
        assertThat(settings.savepointDirectory()).contains("file:///sp");
        assertThat(settings.gatewayApiVersion()).isEqualTo("v3");
        assertThat(settings.maxNameLength()).isEqualTo(72);
    }

    @Test
    void namesTheMissingVariable() {
        assertThatThrownBy(
                        () ->
                                ApacheFlinkSettings.fromEnvironment(
                                        Map.of("SHIFTLEFT_FLINK_GATEWAY_URL", "http://gw:8083")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SHIFTLEFT_FLINK_REST_URL");
    }

    @Test
    void refusesWhatCannotWork() {
        URI http = URI.create("http://127.0.0.1:8081");
        assertThatThrownBy(() -> ApacheFlinkSettings.builder(URI.create("ftp://x"), http).build())
                .hasMessageContaining("gatewayUrl");
        assertThatThrownBy(
                        () ->
                                ApacheFlinkSettings.builder(http, http)
                                        .gatewayApiVersion("3")
                                        .build())
                .hasMessageContaining("gatewayApiVersion");
    }
}

package io.shiftleft.deployer.platform.adapter.out.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shiftleft.deployer.DeployerProperties;
import io.shiftleft.support.platform.PlatformProperties;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Building each environment's adapter from its properties: a setting that is wrong or missing stops
 * the start with its name, and secrets never show in the settings' text.
 */
class ConfiguredPlatformsTests {

    private static final URI URL = URI.create("http://127.0.0.1:1");

    @Test
    void buildsAConfluentCloudPlatformAndNamesNoneForOtherEnvironments() {
        ConfiguredPlatforms platforms =
                new ConfiguredPlatforms(deployer(confluent("s3cr3t")), null);

        assertThat(platforms.environments()).containsExactly("prod");
        assertThat(platforms.find("prod").orElseThrow().capabilities().computePools()).isTrue();
        assertThat(platforms.find("dev")).isEmpty();
    }

    @Test
    void refusesAnUnknownKindNamingTheSetting() {
        assertThatThrownBy(
                        () ->
                                new ConfiguredPlatforms(
                                        deployer(new PlatformProperties("flink", null, null)),
                                        null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("deployer.platforms.prod.kind is 'flink'")
                .hasMessageContaining("confluent-cloud or apache-flink");
    }

    @Test
    void refusesMissingSettingsNamingThem() {
        assertThatThrownBy(() -> new ConfiguredPlatforms(deployer(confluent(" ")), null))
                .hasMessageContaining(
                        "deployer.platforms.prod.confluent.flink-api-secret is required");
        PlatformProperties apache =
                new PlatformProperties(
                        "apache-flink",
                        new PlatformProperties.Apache(URL, null, null, null, null, null, null),
                        null);
        assertThatThrownBy(() -> new ConfiguredPlatforms(deployer(apache), null))
                .hasMessageContaining("deployer.platforms.prod.apache.rest-url is required");
    }

    @Test
    void refusesASessionInitFileItCannotReadNamingTheSettingAndTheFile() {
        PlatformProperties apache =
                new PlatformProperties(
                        "apache-flink",
                        new PlatformProperties.Apache(
                                URL,
                                URL,
                                null,
                                null,
                                null,
                                null,
                                java.util.List.of(java.nio.file.Path.of("no-such-init.sql"))),
                        null);
        assertThatThrownBy(() -> new ConfiguredPlatforms(deployer(apache), null))
                .hasMessageContaining("deployer.platforms.prod.apache.session-init-files")
                .hasMessageContaining("no-such-init.sql");
    }

    @Test
    void neverShowsSecretsInTheSettingsText() {
        assertThat(deployer(confluent("s3cr3t")).toString())
                .doesNotContain("s3cr3t")
                .contains("FLINKKEY");
    }

    private static PlatformProperties confluent(String secret) {
        return new PlatformProperties(
                "confluent-cloud",
                null,
                new PlatformProperties.Confluent(
                        "org-1",
                        "env-1",
                        URL,
                        null,
                        null,
                        "FLINKKEY",
                        secret,
                        null,
                        "cloud-s3cr3t",
                        null,
                        null,
                        null,
                        null));
    }

    private static DeployerProperties deployer(PlatformProperties prod) {
        return new DeployerProperties(
                Map.of("prod", prod),
                2,
                10,
                Duration.ofMinutes(1),
                new DeployerProperties.Polling(Duration.ofSeconds(1), 1.5, Duration.ofSeconds(30)));
    }
}

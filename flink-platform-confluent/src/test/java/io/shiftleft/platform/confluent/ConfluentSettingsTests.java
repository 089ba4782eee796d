package io.shiftleft.platform.confluent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Settings from the environment, their checks, and secrets kept out of every string. */
class ConfluentSettingsTests {

    private static Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("SHIFTLEFT_CCF_ORG_ID", "org-1");
        env.put("SHIFTLEFT_CCF_ENV_ID", "env-1");
        env.put("SHIFTLEFT_CCF_FLINK_URL", "https://flink.us-east-1.aws.example/");
        env.put("SHIFTLEFT_CCF_FLINK_API_KEY", "FKEY");
        env.put("SHIFTLEFT_CCF_FLINK_API_SECRET", "flink-very-secret");
        return env;
    }

    @Test
    void readsTheRequiredVariablesAndDefaultsTheRest() {
        ConfluentSettings s = ConfluentSettings.fromEnvironment(env());

        assertThat(s.organizationId()).isEqualTo("org-1");
        assertThat(s.statementsBaseUrl())
                .isEqualTo(URI.create("https://flink.us-east-1.aws.example"));
        assertThat(s.cloudApiBaseUrl()).isEqualTo(ConfluentSettings.CLOUD_API);
        assertThat(s.cloudApi()).isEmpty();
        assertThat(s.currentCatalog()).isEmpty();
        assertThat(s.pageSize()).isEqualTo(100);
    }

    @Test
    void readsTheOptionalVariables() {
        Map<String, String> env = env();
        env.put("SHIFTLEFT_CCF_CLOUD_API_KEY", "CKEY");
        env.put("SHIFTLEFT_CCF_CLOUD_API_SECRET", "cloud-very-secret");
        env.put("SHIFTLEFT_CCF_COMPUTE_POOL", "lfcp-1");
        env.put("SHIFTLEFT_CCF_CATALOG", "my-env");
        env.put("SHIFTLEFT_CCF_DATABASE", "my-cluster");

        ConfluentSettings s = ConfluentSettings.fromEnvironment(env);

        assertThat(s.cloudApi()).contains(new Credentials("CKEY", "cloud-very-secret"));
        assertThat(s.defaultComputePoolId()).contains("lfcp-1");
        assertThat(s.currentCatalog()).contains("my-env");
        assertThat(s.currentDatabase()).contains("my-cluster");
    }

    @Test
    void namesTheMissingVariable() {
        Map<String, String> env = env();
        env.remove("SHIFTLEFT_CCF_FLINK_API_SECRET");

        assertThatThrownBy(() -> ConfluentSettings.fromEnvironment(env))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SHIFTLEFT_CCF_FLINK_API_SECRET");
    }

    @Test
    void asksForTheCloudSecretWithTheCloudKey() {
        Map<String, String> env = env();
        env.put("SHIFTLEFT_CCF_CLOUD_API_KEY", "CKEY");

        assertThatThrownBy(() -> ConfluentSettings.fromEnvironment(env))
                .hasMessageContaining("SHIFTLEFT_CCF_CLOUD_API_SECRET");
    }

    @Test
    void redactsSecretsInToString() {
        Map<String, String> env = env();
        env.put("SHIFTLEFT_CCF_CLOUD_API_KEY", "CKEY");
        env.put("SHIFTLEFT_CCF_CLOUD_API_SECRET", "cloud-very-secret");

        String text = ConfluentSettings.fromEnvironment(env).toString();

        assertThat(text)
                .contains("FKEY", "CKEY", "<redacted>")
                .doesNotContain("flink-very-secret", "cloud-very-secret");
        assertThat(new ConfluentCloudPlatform(ConfluentSettings.fromEnvironment(env)).toString())
                .doesNotContain("secret");
    }

    @Test
    void refusesWhatCannotWork() {
        assertThatThrownBy(() -> Fixture.settings().pageSize(101).build())
                .hasMessageContaining("pageSize must be 1 to 100");
        assertThatThrownBy(
                        () -> Fixture.settings().statementsBaseUrl(URI.create("ftp://x/")).build())
                .hasMessageContaining("statementsBaseUrl must be an http(s) URL");
        assertThatThrownBy(() -> Fixture.settings().organizationId(" ").build())
                .hasMessageContaining("organizationId is required");
        assertThatThrownBy(() -> new Credentials("KEY", "")).hasMessageContaining("non-blank");
    }
}

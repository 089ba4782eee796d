package io.shiftleft.notifier;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftleft.notifier.testing.NotifierApi;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The subscriptions API on the running notifier: the secret is shown once and stored sealed,
 * targets in private networks are refused with a problem naming the field and the address, and
 * every bad field is named.
 */
class SubscriptionApiTests extends NotifierStack {

    @Test
    void answersCreatedWithTheIdAndTheSecretOnceAndStoresCredentialsSealed() {
        String url = receiver.url("/sealed?token=abc");
        JsonNode created =
                subscribe(
                        "{\"url\": \""
                                + url
                                + "\", \"channel\": \"webhook\","
                                + " \"event_types\": [\"STATEMENT_FAILED\", \"deployment.deployment_failed\"],"
                                + " \"min_severity\": \"error\", \"description\": \"ops\"}");
        String id = created.get("id").asString();
        String secret = created.get("secret").asString();

        assertThat(secret).matches("whsec_[A-Za-z0-9+/=]{44}");
        assertThat(created.get("event_types").toString())
                .contains("STATEMENT_FAILED", "DEPLOYMENT_FAILED");
        assertThat(created.get("min_severity").asString()).isEqualTo("ERROR");
        JsonNode shown = api.get("/api/v1/subscriptions/" + id).json();
        assertThat(shown.has("secret")).isFalse();
        assertThat(shown.get("url").asString()).isEqualTo(url);
        assertThat(api.get("/api/v1/subscriptions").text()).contains(id).doesNotContain(secret);

        Map<String, Object> row =
                jdbc.queryForMap("SELECT * FROM subscription WHERE id = ?::uuid", id);
        String sealedSecret = (String) row.get("secret_sealed");
        String sealedTarget = (String) row.get("target_sealed");
        assertThat(sealedSecret).startsWith("v1.").doesNotContain(secret.substring(6, 20));
        assertThat(sealedTarget).startsWith("v1.").doesNotContain("sealed").doesNotContain("token");
        assertThat(row.values().toString()).doesNotContain(secret.substring(6));
    }

    @Test
    void refusesTargetsInPrivateNetworksNamingTheFieldAndTheAddress() {
        Map<String, String> refused =
                Map.of(
                        "http://10.0.0.7/hook", "10.0.0.7",
                        "https://192.168.1.20/x", "192.168.1.20",
                        "https://169.254.169.254/latest/meta-data", "169.254.169.254",
                        "https://[fd00::1]/h", "fd00:0:0:0:0:0:0:1",
                        "https://0.0.0.0/", "0.0.0.0",
                        "https://224.0.0.1/", "224.0.0.1",
                        "https://[::ffff:10.1.2.3]/", "10.1.2.3",
                        "https://100.64.0.1/", "100.64.0.1");
        refused.forEach(
                (url, address) -> {
                    NotifierApi.Answer a =
                            api.post(
                                    "/api/v1/subscriptions",
                                    "{\"url\": \"" + url + "\", \"channel\": \"webhook\"}");
                    assertThat(a.status()).as(url).isEqualTo(400);
                    assertThat(a.json().get("type").asString())
                            .isEqualTo("urn:shiftleft:problem:target-refused");
                    assertThat(a.json().get("field").asString()).isEqualTo("url");
                    assertThat(a.json().get("address").asString()).isEqualTo(address);
                    assertThat(a.json().get("detail").asString())
                            .contains(address)
                            .contains("notifier.targets.allowed-networks");
                });
        NotifierApi.Answer plain =
                api.post(
                        "/api/v1/subscriptions",
                        "{\"url\": \"http://93.184.216.34/hook\", \"channel\": \"webhook\"}");
        assertThat(plain.status()).isEqualTo(400);
        assertThat(plain.json().get("detail").asString()).contains("plain http");
        NotifierApi.Answer slack =
                api.post(
                        "/api/v1/subscriptions",
                        "{\"url\": \"https://172.20.0.5/services/x\", \"channel\": \"slack\"}");
        assertThat(slack.json().get("address").asString()).isEqualTo("172.20.0.5");
        assertThat(api.get("/api/v1/subscriptions").text())
                .doesNotContain("10.0.0.7", "172.20.0.5");
    }

    @Test
    void namesTheBadFieldOfEveryInvalidRequest() {
        String ok = receiver.url("/x");
        Map<String, String> bodies =
                Map.of(
                        "{\"url\": \"" + ok + "\"}",
                        "channel",
                        "{\"url\": \"" + ok + "\", \"channel\": \"sms\"}",
                        "channel",
                        "{\"url\": \""
                                + ok
                                + "\", \"channel\": \"webhook\", \"event_types\": [\"STATEMENT_EXPLODED\"]}",
                        "event_types",
                        "{\"url\": \""
                                + ok
                                + "\", \"channel\": \"webhook\", \"min_severity\": \"LOUD\"}",
                        "min_severity",
                        "{\"url\": \"" + ok + "\", \"channel\": \"pagerduty\"}",
                        "routing_key",
                        "{\"url\": \"mailto:nobody\", \"channel\": \"email\"}",
                        "url",
                        "{\"url\": \"ftp://files.example/x\", \"channel\": \"webhook\"}",
                        "url",
                        "{\"url\": \""
                                + ok
                                + "\", \"channel\": \"slack\", \"group_wait\": \"soon\"}",
                        "group_wait",
                        "{\"url\": \"https://user:pw@"
                                + "203.0.114.9/\", \"channel\": \"webhook\"}",
                        "url");
        bodies.forEach(
                (body, field) -> {
                    NotifierApi.Answer a = api.post("/api/v1/subscriptions", body);
                    assertThat(a.status()).as(body).isEqualTo(400);
                    assertThat(a.json().get("field").asString()).as(body).isEqualTo(field);
                    assertThat(a.json().get("type").asString())
                            .startsWith("urn:shiftleft:problem:");
                    assertThat(a.json().get("detail").asString()).as(body).contains(field);
                });
        NotifierApi.Answer broken = api.post("/api/v1/subscriptions", "{\"url\": ");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().get("detail").asString()).contains("not the expected JSON");
        NotifierApi.Answer unknown =
                api.post(
                        "/api/v1/subscriptions",
                        "{\"url\": \""
                                + ok
                                + "\", \"channel\": \"webhook\", \"event_types\": [\"STATEMENT_EXPLODED\"]}");
        assertThat(unknown.json().get("detail").asString())
                .contains("STATEMENT_FAILED", "ALERT_FIRING", "DEPLOYMENT_STARTED");
    }

    @Test
    void changesFiltersDeletesAndAnswersNotFoundForUnknownIds() {
        JsonNode created =
                subscribe("{\"url\": \"" + receiver.url("/c") + "\", \"channel\": \"slack\"}");
        String id = created.get("id").asString();
        assertThat(created.get("url").asString()).endsWith("/…").doesNotContain("/c");
        assertThat(created.get("min_severity").asString()).isEqualTo("WARNING");

        JsonNode changed =
                api.patch(
                                "/api/v1/subscriptions/" + id,
                                "{\"tables\": [\"fct_orders\"], \"group_by\": [\"table\"], \"repeat_interval\": \"1h\"}")
                        .json();
        assertThat(changed.get("tables").toString()).contains("fct_orders");
        assertThat(changed.get("group_by").toString()).contains("table");
        assertThat(changed.get("repeat_interval").asString()).isEqualTo("PT1H");
        assertThat(
                        api.patch("/api/v1/subscriptions/" + id, "{\"channel\": \"teams\"}")
                                .json()
                                .get("field")
                                .asString())
                .isEqualTo("channel");

        assertThat(api.delete("/api/v1/subscriptions/" + id).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/subscriptions/" + id).status()).isEqualTo(404);
        assertThat(api.delete("/api/v1/subscriptions/" + id).status()).isEqualTo(404);
        NotifierApi.Answer bad = api.get("/api/v1/subscriptions/not-a-uuid");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("field").asString()).isEqualTo("id");
        assertThat(api.get("/api/v1/deliveries?status=lost").json().get("field").asString())
                .isEqualTo("status");
        assertThat(api.get("/api/v1/deliveries/msg_nothex").json().get("field").asString())
                .isEqualTo("id");
        assertThat(List.of(api.get("/api/v1/deliveries/msg_" + "0".repeat(32)).status()))
                .containsExactly(404);
    }
}

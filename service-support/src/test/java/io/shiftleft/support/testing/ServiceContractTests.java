package io.shiftleft.support.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftleft.schemas.Topics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What every service must do once started on real parts (embedded KRaft broker, a real schema
 * registry, PostgreSQL; see {@link TestKafka} for the Testcontainers variant): declare the
 * contract's topics, report Kafka and the database in its probes, and serve Prometheus metrics. A
 * service's test class extends this one and adds its own behaviour; the whole class shares one
 * application context and one broker.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ServiceContractTests {

    protected static final Topics TOPICS = Topics.withDefaultPrefix();

    /** Bootstrap servers of the test broker. */
    protected static String brokers;

    @BeforeAll
    static void startBroker() {
        // Here rather than in the property source, so a missing Docker engine skips the class.
        brokers = TestKafka.bootstrapServers();
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ServiceTestInfrastructure.register(registry);
    }

    @LocalServerPort protected int port;

    @Test
    void reportsKafkaAndTheDatabaseInItsProbesAndServesPrometheusMetrics() throws Exception {
        String readiness = get("/actuator/health/readiness");
        String liveness = get("/actuator/health/liveness");
        String prometheus = get("/actuator/prometheus");

        assertThat(readiness)
                .contains("\"status\":\"UP\"")
                .contains("\"kafka\"")
                .contains("\"db\"");
        assertThat(liveness).contains("\"status\":\"UP\"").contains("\"kafka\"");
        assertThat(prometheus).contains("jvm_memory_used_bytes");
    }

    @Test
    void declaresEveryTopicWithItsDeadLetterTwinAndCompactsStatementStatus() throws Exception {
        try (AdminClient admin = AdminClient.create(Map.of("bootstrap.servers", brokers))) {
            Set<String> names = admin.listTopics().names().get();
            for (String topic : TOPICS.all()) {
                assertThat(names).contains(topic, Topics.deadLetterOf(topic));
            }
            ConfigResource status =
                    new ConfigResource(ConfigResource.Type.TOPIC, TOPICS.statementStatus());
            Config config = admin.describeConfigs(List.of(status)).all().get().get(status);
            assertThat(config.get("cleanup.policy").value()).isEqualTo("compact");
        }
    }

    /** GETs a path of the service under test and expects 200. */
    protected String get(String path) throws Exception {
        HttpResponse<String> response =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(
                                                URI.create("http://127.0.0.1:" + port + path))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s: %s", path, response.body()).isEqualTo(200);
        return response.body();
    }
}

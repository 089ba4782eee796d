package io.shiftleft.support.testing;

import io.shiftleft.schemas.testing.TestSchemaRegistry;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points a service under test at the real servers the tests start: the Kafka broker of {@link
 * TestKafka}, a schema registry and PostgreSQL.
 */
public final class ServiceTestInfrastructure {

    private ServiceTestInfrastructure() {}

    /** Registers the connection properties of the test servers. */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", TestKafka::bootstrapServers);
        registry.add(
                "spring.kafka.properties.schema.registry.url",
                () -> TestSchemaRegistry.get().url());
        registry.add("spring.datasource.url", TestPostgres::jdbcUrl);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
        registry.add("shiftleft.kafka.partitions", () -> "1");
        registry.add("shiftleft.kafka.retry-interval", () -> "50ms");
    }
}

package io.shiftleft.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftleft.schemas.testing.TestSchemaRegistry;
import io.shiftleft.support.testing.TestKafka;
import io.shiftleft.support.testing.TestPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The monitor started by a test as it runs in production (its own application context, which the
 * test can close and start again), on the test servers: the broker of {@link TestKafka}, a schema
 * registry, PostgreSQL. Its Kafka group is its own, so other contexts of the test JVM do not take
 * its partitions.
 */
public final class MonitorApp implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final HttpClient http = HttpClient.newHttpClient();

    private MonitorApp(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Starts the monitor with the test servers and these settings (and configuration classes). */
    public static MonitorApp start(String name, Map<String, String> settings, Class<?>... sources) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("spring.application.name", name);
        all.put("spring.kafka.bootstrap-servers", TestKafka.bootstrapServers());
        all.put("spring.kafka.properties.schema.registry.url", TestSchemaRegistry.get().url());
        all.put("spring.datasource.url", TestPostgres.jdbcUrl());
        all.put("spring.datasource.username", "postgres");
        all.put("spring.datasource.password", "postgres");
        all.put("shiftleft.kafka.partitions", "1");
        all.put("shiftleft.kafka.retry-interval", "50ms");
        all.put("shiftleft.outbox.poll-interval", "50ms");
        all.put("server.port", "0");
        all.putAll(settings);
        List<String> args = new ArrayList<>();
        all.forEach((k, v) -> args.add("--" + k + "=" + v));
        return new MonitorApp(
                new SpringApplicationBuilder(MonitorApplication.class)
                        .sources(sources)
                        .main(MonitorApplication.class)
                        .run(args.toArray(String[]::new)));
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** Calls the consumer with every application event of the type the monitor publishes. */
    <E> void listen(Class<E> type, java.util.function.Consumer<E> consumer) {
        context.addApplicationListener(
                event -> {
                    if (event instanceof org.springframework.context.PayloadApplicationEvent<?> p
                            && type.isInstance(p.getPayload())) {
                        consumer.accept(type.cast(p.getPayload()));
                    }
                });
    }

    /** GETs a path and expects the status. */
    public String get(String path, int status) throws Exception {
        HttpResponse<String> response =
                http.send(
                        HttpRequest.newBuilder(URI.create(url(path))).build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s: %s", path, response.body()).isEqualTo(status);
        return response.body();
    }

    public String url(String path) {
        return "http://127.0.0.1:"
                + context.getEnvironment().getProperty("local.server.port")
                + path;
    }

    @Override
    public void close() {
        context.close();
    }
}

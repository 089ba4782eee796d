package io.shiftleft.support;

import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.shiftleft.schemas.Topics;
import io.shiftleft.support.outbox.Outbox;
import io.shiftleft.support.outbox.OutboxProperties;
import io.shiftleft.support.outbox.OutboxRelay;
import io.shiftleft.support.outbox.TraceCarrier;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the shared pieces of every shift-left service. */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@EnableConfigurationProperties(ShiftLeftKafkaProperties.class)
public class ServiceSupportAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Topics topics(ShiftLeftKafkaProperties props) {
        return Topics.withPrefix(props.topicPrefix());
    }

    @Bean
    KafkaAdmin.NewTopics shiftLeftTopics(Topics topics, ShiftLeftKafkaProperties props) {
        return new KafkaAdmin.NewTopics(
                TopicDeclarations.all(topics, props)
                        .toArray(new org.apache.kafka.clients.admin.NewTopic[0]));
    }

    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    CommonErrorHandler kafkaErrorHandler(
            KafkaProperties kafkaProperties,
            KafkaTemplate<?, ?> recordTemplate,
            ShiftLeftKafkaProperties props) {
        Map<String, Object> config = new HashMap<>(kafkaProperties.buildProducerProperties());
        config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        // Keys stay as they were read (text); values are the original bytes.
        Map<Class<?>, Serializer<?>> keySerializers = new LinkedHashMap<>();
        keySerializers.put(byte[].class, new ByteArraySerializer());
        keySerializers.put(String.class, new StringSerializer());
        KafkaTemplate<Object, byte[]> rawTemplate =
                new KafkaTemplate<>(
                        new DefaultKafkaProducerFactory<>(
                                config,
                                new DelegatingByTypeSerializer(keySerializers),
                                new ByteArraySerializer()));
        return DeadLetterPolicy.errorHandler(rawTemplate, recordTemplate, props);
    }

    @Bean(name = "kafkaHealthIndicator")
    @ConditionalOnMissingBean(name = "kafkaHealthIndicator")
    KafkaClusterHealthIndicator kafkaHealthIndicator(
            KafkaAdmin kafkaAdmin, ShiftLeftKafkaProperties props) {
        return new KafkaClusterHealthIndicator(kafkaAdmin, props.healthTimeout());
    }

    @Bean
    @ConditionalOnProperty(name = "shiftleft.tracing.exporter", havingValue = "logging")
    SpanExporter loggingSpanExporter() {
        return io.opentelemetry.exporter.logging.LoggingSpanExporter.create();
    }

    /** The transactional outbox, for services that set {@code shiftleft.outbox.enabled=true}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "shiftleft.outbox.enabled", havingValue = "true")
    @EnableConfigurationProperties(OutboxProperties.class)
    static class OutboxConfiguration {

        @Bean
        @ConditionalOnMissingBean
        TraceCarrier outboxTraceCarrier(
                ObjectProvider<io.micrometer.tracing.Tracer> tracer,
                ObjectProvider<io.micrometer.tracing.propagation.Propagator> propagator) {
            io.micrometer.tracing.Tracer t = tracer.getIfAvailable();
            io.micrometer.tracing.propagation.Propagator p = propagator.getIfAvailable();
            return t == null || p == null ? TraceCarrier.NONE : TraceCarrier.micrometer(t, p);
        }

        @Bean
        @SuppressWarnings("unchecked")
        OutboxRelay outboxRelay(
                JdbcTemplate jdbc,
                PlatformTransactionManager transactionManager,
                KafkaTemplate<?, ?> kafka,
                OutboxProperties properties,
                TraceCarrier traces) {
            return new OutboxRelay(
                    jdbc,
                    new TransactionTemplate(transactionManager),
                    (KafkaTemplate<Object, Object>) kafka,
                    properties,
                    traces,
                    Clock.systemUTC());
        }

        @Bean
        Outbox outbox(JdbcTemplate jdbc, OutboxRelay relay, TraceCarrier traces) {
            return new Outbox(jdbc, relay, traces, Clock.systemUTC());
        }
    }
}

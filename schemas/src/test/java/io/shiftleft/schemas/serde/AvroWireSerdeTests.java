package io.shiftleft.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.shiftleft.schemas.Messages;
import io.shiftleft.schemas.avro.DeployRequest;
import io.shiftleft.schemas.serde.SchemaRegistryException.Reason;
import io.shiftleft.schemas.testing.TestSchemaRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The wire-format serde against a real registry speaking the Confluent REST API. */
class AvroWireSerdeTests {

    private static String registryUrl;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void startRegistry() {
        registryUrl = TestSchemaRegistry.get().url();
    }

    @Test
    void writesMagicByteAndAnIdTheRegistryKnowsThenReadsTheRecordBackEqual() throws Exception {
        String topic = uniqueTopic();
        DeployRequest request = Messages.aDeployRequest("req-1");

        byte[] bytes = serializer(Map.of()).serialize(topic, request);

        assertThat(bytes[0]).isEqualTo((byte) 0);
        int id = ByteBuffer.wrap(bytes, 1, 4).getInt();
        String stored = get("/schemas/ids/" + id);
        assertThat(new Schema.Parser().parse(JSON.readTree(stored).path("schema").asText()))
                .isEqualTo(DeployRequest.getClassSchema());
        assertThat(get("/subjects")).contains(topic + "-value");
        assertThat(specificDeserializer().deserialize(topic, bytes)).isEqualTo(request);
    }

    @Test
    void readsAGenericRecordWhenTheSpecificReaderIsOff() {
        String topic = uniqueTopic();
        byte[] bytes = serializer(Map.of()).serialize(topic, Messages.aDeployRequest("req-2"));

        Object value = deserializer(Map.of()).deserialize(topic, bytes);

        assertThat(value).isInstanceOf(GenericRecord.class);
        assertThat(((GenericRecord) value).get("requestId").toString()).isEqualTo("req-2");
    }

    @Test
    void fillsDefaultsWhenAnOlderWriterSchemaLacksAField() {
        String topic = uniqueTopic();
        Schema older =
                SchemaBuilder.record("DeployRequest")
                        .namespace("io.shiftleft.schemas.avro")
                        .fields()
                        .name("eventId")
                        .type(uuid())
                        .noDefault()
                        .name("occurredAt")
                        .type(timestamp())
                        .noDefault()
                        .requiredString("requestId")
                        .requiredString("environment")
                        .endRecord();
        GenericRecord old = new GenericData.Record(older);
        old.put("eventId", UUID.randomUUID().toString());
        old.put("occurredAt", 1_700_000_000_000L);
        old.put("requestId", "req-old");
        old.put("environment", "prod");

        byte[] bytes = serializer(Map.of()).serialize(topic, old);
        DeployRequest read = (DeployRequest) specificDeserializer().deserialize(topic, bytes);

        assertThat(read.getRequestId()).isEqualTo("req-old");
        assertThat(read.getTables()).isEmpty();
        assertThat(read.getMaxParallel()).isEqualTo(1);
    }

    @Test
    void namesTheUnknownSchemaIdItCannotResolve() {
        byte[] bytes = new byte[] {0, 0, 0x0f, 0x42, 0x3f, 2, 4};

        assertThatThrownBy(() -> specificDeserializer().deserialize("orders", bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("schema id 999999")
                .hasMessageContaining("orders")
                .cause()
                .isInstanceOfSatisfying(
                        SchemaRegistryException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_SCHEMA_ID));
    }

    @Test
    void rejectsARecordWithoutTheMagicByte() {
        byte[] json = "{\"requestId\":\"x\"}".getBytes();

        assertThatThrownBy(() -> specificDeserializer().deserialize("orders", json))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("0x7b")
                .hasMessageContaining("magic byte");
    }

    @Test
    void rejectsATruncatedPayload() {
        String topic = uniqueTopic();
        byte[] bytes = serializer(Map.of()).serialize(topic, Messages.aDeployRequest("req-3"));
        byte[] truncated = Arrays.copyOf(bytes, bytes.length / 2);

        assertThatThrownBy(() -> specificDeserializer().deserialize(topic, truncated))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("not valid Avro for schema id");
    }

    @Test
    void reportsAnUnreachableRegistryWithItsAddress() {
        String nowhere = "http://127.0.0.1:" + TestSchemaRegistry.freePort();
        AvroWireSerializer serializer = new AvroWireSerializer();
        serializer.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, nowhere), false);

        assertThatThrownBy(() -> serializer.serialize("orders", Messages.aDeployRequest("r")))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining(nowhere)
                .cause()
                .isInstanceOfSatisfying(
                        SchemaRegistryException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.UNREACHABLE));
    }

    @Test
    void failsOverToTheNextUrlWhenTheFirstAnswers503() throws IOException {
        HttpServer broken = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        broken.createContext(
                "/",
                exchange -> {
                    exchange.sendResponseHeaders(503, -1);
                    exchange.close();
                });
        broken.start();
        try {
            String urls = "http://127.0.0.1:" + broken.getAddress().getPort() + "," + registryUrl;
            AvroWireSerializer serializer = new AvroWireSerializer();
            serializer.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, urls), false);

            byte[] bytes = serializer.serialize(uniqueTopic(), Messages.aDeployRequest("r"));

            assertThat(bytes[0]).isEqualTo((byte) 0);
        } finally {
            broken.stop(0);
        }
    }

    @Test
    void refusesASchemaIncompatibleWithTheSubject() throws Exception {
        String topic = uniqueTopic();
        put("/config/" + topic + "-value", "{\"compatibility\":\"BACKWARD\"}");
        Schema v1 = SchemaBuilder.record("Thing").fields().requiredString("a").endRecord();
        Schema v2 =
                SchemaBuilder.record("Thing")
                        .fields()
                        .requiredString("a")
                        .requiredInt("b")
                        .endRecord();
        AvroWireSerializer serializer = serializer(Map.of());
        GenericRecord first = new GenericData.Record(v1);
        first.put("a", "x");
        serializer.serialize(topic, first);
        GenericRecord second = new GenericData.Record(v2);
        second.put("a", "x");
        second.put("b", 1);

        assertThatThrownBy(() -> serializer.serialize(topic, second))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining(topic + "-value")
                .cause()
                .isInstanceOfSatisfying(
                        SchemaRegistryException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.INCOMPATIBLE_SCHEMA));
    }

    @Test
    void doesNotRegisterWhenAutoRegisterIsOff() {
        AvroWireSerializer serializer =
                serializer(Map.of(AvroSerdeConfig.AUTO_REGISTER_SCHEMAS, "false"));
        String topic = uniqueTopic();

        assertThatThrownBy(() -> serializer.serialize(topic, Messages.aDeployRequest("r")))
                .isInstanceOf(SerializationException.class)
                .cause()
                .isInstanceOfSatisfying(
                        SchemaRegistryException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_SUBJECT));
    }

    @Test
    void acceptsTheReferenceSerdesStrategyClassName() throws Exception {
        AvroWireSerializer serializer =
                serializer(
                        Map.of(
                                AvroSerdeConfig.VALUE_SUBJECT_NAME_STRATEGY,
                                "io.confluent.kafka.serializers.subject.TopicRecordNameStrategy"));
        String topic = uniqueTopic();

        serializer.serialize(topic, Messages.aDeployRequest("r"));

        assertThat(get("/subjects")).contains(topic + "-io.shiftleft.schemas.avro.DeployRequest");
    }

    private static AvroWireSerializer serializer(Map<String, String> extra) {
        Map<String, Object> config = new HashMap<>(extra);
        config.put(AvroSerdeConfig.SCHEMA_REGISTRY_URL, registryUrl);
        AvroWireSerializer serializer = new AvroWireSerializer();
        serializer.configure(config, false);
        return serializer;
    }

    private static AvroWireDeserializer deserializer(Map<String, String> extra) {
        Map<String, Object> config = new HashMap<>(extra);
        config.put(AvroSerdeConfig.SCHEMA_REGISTRY_URL, registryUrl);
        AvroWireDeserializer deserializer = new AvroWireDeserializer();
        deserializer.configure(config, false);
        return deserializer;
    }

    private static AvroWireDeserializer specificDeserializer() {
        return deserializer(Map.of(AvroSerdeConfig.SPECIFIC_AVRO_READER, "true"));
    }

    private static String uniqueTopic() {
        return "test-" + UUID.randomUUID();
    }

    private static Schema uuid() {
        Schema s = Schema.create(Schema.Type.STRING);
        s.addProp("logicalType", "uuid");
        return s;
    }

    private static Schema timestamp() {
        Schema s = Schema.create(Schema.Type.LONG);
        s.addProp("logicalType", "timestamp-millis");
        return s;
    }

    private static String get(String path) throws Exception {
        return HTTP.send(
                        HttpRequest.newBuilder(URI.create(registryUrl + path)).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private static void put(String path, String body) throws Exception {
        HttpResponse<String> response =
                HTTP.send(
                        HttpRequest.newBuilder(URI.create(registryUrl + path))
                                .header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("PUT %s: %s", path, response.body()).isLessThan(300);
    }

    @SuppressWarnings("unused")
    private static List<String> subjects() throws Exception {
        return List.of(JSON.readValue(get("/subjects"), String[].class));
    }
}

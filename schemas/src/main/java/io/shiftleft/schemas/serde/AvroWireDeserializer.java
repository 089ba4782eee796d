package io.shiftleft.schemas.serde;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads records in the schema-registry wire format: checks the magic byte, fetches the writer
 * schema by id (once), and decodes into the generated class when {@code specific.avro.reader} is
 * set (resolving schema evolution against the class's schema), or into a generic record.
 */
public class AvroWireDeserializer implements Deserializer<Object> {

    private AvroSerdeConfig config;
    private SchemaRegistryClient registry;
    private boolean ownsRegistry;
    private final Map<Integer, DatumReader<Object>> readers = new ConcurrentHashMap<>();

    /** For Kafka, which configures the instance through {@link #configure(Map, boolean)}. */
    public AvroWireDeserializer() {}

    /** With a given registry client, which the caller keeps ownership of. */
    public AvroWireDeserializer(SchemaRegistryClient registry) {
        this.registry = registry;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        this.config = AvroSerdeConfig.from(configs);
        if (registry == null) {
            registry = new RestSchemaRegistryClient(config);
            ownsRegistry = true;
        }
    }

    @Override
    public Object deserialize(String topic, byte[] data) {
        return deserialize(topic, null, data);
    }

    @Override
    public Object deserialize(String topic, Headers headers, byte[] data) {
        if (data == null) {
            return null;
        }
        if (config == null) {
            throw new IllegalStateException("AvroWireDeserializer used before configure()");
        }
        int id;
        try {
            id = WireFormat.schemaId(data);
        } catch (IllegalArgumentException e) {
            throw new SerializationException(
                    "Record from topic '"
                            + topic
                            + "' is not in the wire format: "
                            + e.getMessage());
        }
        DatumReader<Object> reader;
        try {
            reader = readers.computeIfAbsent(id, this::readerFor);
        } catch (SchemaRegistryException e) {
            throw new SerializationException(
                    "Record from topic '"
                            + topic
                            + "' names schema id "
                            + id
                            + " that cannot be used: "
                            + e.getMessage(),
                    e);
        }
        try {
            BinaryDecoder decoder =
                    DecoderFactory.get()
                            .binaryDecoder(
                                    data,
                                    WireFormat.HEADER_SIZE,
                                    data.length - WireFormat.HEADER_SIZE,
                                    null);
            Object value = reader.read(null, decoder);
            if (!decoder.isEnd()) {
                throw new SerializationException(
                        "Record from topic '"
                                + topic
                                + "' has bytes left over after decoding it with schema id "
                                + id
                                + ": it does not match that schema");
            }
            return value;
        } catch (IOException | AvroRuntimeException | IndexOutOfBoundsException e) {
            throw new SerializationException(
                    "Record from topic '"
                            + topic
                            + "' is not valid Avro for schema id "
                            + id
                            + ": "
                            + e,
                    e);
        }
    }

    private DatumReader<Object> readerFor(int id) {
        Schema writer = registry.schemaById(id);
        if (!config.specificReader()) {
            return new GenericDatumReader<>(writer, writer, GenericData.get());
        }
        Class<?> type = SpecificData.get().getClass(writer);
        if (type == null || writer.getType() != Schema.Type.RECORD) {
            throw new SerializationException(
                    "specific.avro.reader is set but no generated class for "
                            + writer.getFullName()
                            + " (schema id "
                            + id
                            + ") is on the classpath");
        }
        SpecificData model = SpecificData.getForClass(type);
        return new SpecificDatumReader<>(writer, model.getSchema(type), model);
    }

    @Override
    public void close() {
        if (ownsRegistry && registry != null) {
            registry.close();
        }
    }
}

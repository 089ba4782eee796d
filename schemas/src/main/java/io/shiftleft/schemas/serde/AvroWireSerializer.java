package io.shiftleft.schemas.serde;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericContainer;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes Avro records (generated or generic) in the schema-registry wire format, registering or
 * looking up the writer schema under the subject the configured strategy names.
 */
public class AvroWireSerializer implements Serializer<Object> {

    private AvroSerdeConfig config;
    private SchemaRegistryClient registry;
    private boolean ownsRegistry;
    private boolean isKey;

    /** For Kafka, which configures the instance through {@link #configure(Map, boolean)}. */
    public AvroWireSerializer() {}

    /** With a given registry client, which the caller keeps ownership of. */
    public AvroWireSerializer(SchemaRegistryClient registry) {
        this.registry = registry;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        this.config = AvroSerdeConfig.from(configs);
        this.isKey = isKey;
        if (registry == null) {
            registry = new RestSchemaRegistryClient(config);
            ownsRegistry = true;
        }
    }

    @Override
    public byte[] serialize(String topic, Object data) {
        return serialize(topic, null, data);
    }

    @Override
    public byte[] serialize(String topic, Headers headers, Object data) {
        if (data == null) {
            return null;
        }
        if (config == null) {
            throw new IllegalStateException("AvroWireSerializer used before configure()");
        }
        if (!(data instanceof GenericContainer record)) {
            throw new SerializationException(
                    "Cannot serialize a "
                            + data.getClass().getName()
                            + " for topic '"
                            + topic
                            + "': only Avro records (generated or generic) are supported");
        }
        Schema recordSchema = record.getSchema();
        SubjectNameStrategy strategy = isKey ? config.keyStrategy() : config.valueStrategy();
        String subject = strategy.subject(topic, isKey, recordSchema);
        try {
            int id;
            Schema writerSchema = recordSchema;
            if (config.useLatestVersion()) {
                SchemaRegistryClient.RegisteredSchema latest =
                        registry.latest(subject)
                                .orElseThrow(
                                        () ->
                                                new SerializationException(
                                                        "use.latest.version is set but subject '"
                                                                + subject
                                                                + "' has no schema"));
                id = latest.id();
                writerSchema = latest.schema();
            } else if (config.autoRegister()) {
                id = registry.register(subject, recordSchema);
            } else {
                id = registry.idOf(subject, recordSchema);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(256);
            out.write(WireFormat.header(id));
            BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
            writer(record, writerSchema).write(record, encoder);
            encoder.flush();
            return out.toByteArray();
        } catch (SchemaRegistryException e) {
            throw new SerializationException(
                    "Could not serialize "
                            + recordSchema.getFullName()
                            + " for topic '"
                            + topic
                            + "': "
                            + e.getMessage(),
                    e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof SerializationException se) {
                throw se;
            }
            throw new SerializationException(
                    "Could not write "
                            + recordSchema.getFullName()
                            + " as Avro for topic '"
                            + topic
                            + "': "
                            + e.getMessage(),
                    e);
        }
    }

    private static DatumWriter<Object> writer(GenericContainer record, Schema writerSchema) {
        if (record instanceof SpecificRecord) {
            return new SpecificDatumWriter<>(
                    writerSchema, SpecificData.getForClass(record.getClass()));
        }
        return new GenericDatumWriter<>(writerSchema, GenericData.get());
    }

    @Override
    public void close() {
        if (ownsRegistry && registry != null) {
            registry.close();
        }
    }
}

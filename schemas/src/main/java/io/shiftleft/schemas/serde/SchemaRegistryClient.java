package io.shiftleft.schemas.serde;

import java.util.Optional;
import org.apache.avro.Schema;

/** The part of the Confluent Schema Registry REST API the serde needs. */
public interface SchemaRegistryClient extends AutoCloseable {

    /** Registers the schema under the subject (or finds it) and returns its global id. */
    int register(String subject, Schema schema);

    /** Returns the id of a schema already registered under the subject, without registering. */
    int idOf(String subject, Schema schema);

    /** Returns the schema with the given global id. */
    Schema schemaById(int id);

    /** The latest version registered under the subject, if the subject exists. */
    Optional<RegisteredSchema> latest(String subject);

    /** Whether the registry would accept the schema as the next version of the subject. */
    boolean isCompatible(String subject, Schema schema);

    @Override
    default void close() {}

    /** A schema as stored under a subject. */
    record RegisteredSchema(String subject, int version, int id, Schema schema) {}
}

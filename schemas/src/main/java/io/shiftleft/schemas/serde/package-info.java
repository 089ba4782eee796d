/**
 * A Kafka serializer and deserializer for Avro in the schema-registry wire format (magic byte 0, a
 * 4-byte schema id, Avro binary), working against any server that speaks the Confluent Schema
 * Registry REST API. Configuration keys follow the ones that API's reference serde uses, so either
 * can be swapped in by configuration alone.
 */
package io.shiftleft.schemas.serde;

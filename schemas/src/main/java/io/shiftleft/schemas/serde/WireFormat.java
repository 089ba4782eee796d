package io.shiftleft.schemas.serde;

import java.nio.ByteBuffer;

/** The framing of a schema-registry record: magic byte 0, a big-endian 4-byte schema id, Avro. */
public final class WireFormat {

    /** The only magic byte this framing defines. */
    public static final byte MAGIC_BYTE = 0;

    /** Bytes before the Avro payload. */
    public static final int HEADER_SIZE = 5;

    private WireFormat() {}

    /** Writes the 5-byte header for the schema id. */
    public static byte[] header(int schemaId) {
        return ByteBuffer.allocate(HEADER_SIZE).put(MAGIC_BYTE).putInt(schemaId).array();
    }

    /** Reads the schema id of a framed record, after checking its length and magic byte. */
    public static int schemaId(byte[] record) {
        if (record.length < HEADER_SIZE) {
            throw new IllegalArgumentException(
                    "it is "
                            + record.length
                            + " bytes long, shorter than the 5-byte header (magic byte 0 and a"
                            + " 4-byte schema id)");
        }
        if (record[0] != MAGIC_BYTE) {
            throw new IllegalArgumentException(
                    String.format(
                            "its first byte is 0x%02x, not the magic byte 0x00 of the"
                                    + " schema-registry wire format",
                            record[0]));
        }
        return ByteBuffer.wrap(record, 1, 4).getInt();
    }
}

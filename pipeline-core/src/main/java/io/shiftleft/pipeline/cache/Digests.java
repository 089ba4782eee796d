package io.shiftleft.pipeline.cache;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256 digests, and the cache key of a text. */
final class Digests {

    /** Bytes of a SHA-256 digest. */
    static final int SIZE = 32;

    private Digests() {}

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** The SHA-256 of a text's UTF-8 bytes, as four longs (a record, so that it can key a map). */
    record ContentKey(long a, long b, long c, long d) implements Comparable<ContentKey> {

        static ContentKey of(String text) {
            return of(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
        }

        static ContentKey of(byte[] digest) {
            ByteBuffer buffer = ByteBuffer.wrap(digest);
            return new ContentKey(
                    buffer.getLong(), buffer.getLong(), buffer.getLong(), buffer.getLong());
        }

        void writeTo(ByteBuffer buffer) {
            buffer.putLong(a).putLong(b).putLong(c).putLong(d);
        }

        @Override
        public int compareTo(ContentKey o) {
            int r = Long.compare(a, o.a);
            r = r != 0 ? r : Long.compare(b, o.b);
            r = r != 0 ? r : Long.compare(c, o.c);
            return r != 0 ? r : Long.compare(d, o.d);
        }
    }
}

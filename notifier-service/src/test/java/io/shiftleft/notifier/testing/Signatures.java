package io.shiftleft.notifier.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A receiver's check of Standard Webhooks signatures, written from the spec independently of the
 * notifier's signer: HMAC-SHA256 of {@code id.timestamp.body} under the base64-decoded secret,
 * compared in constant time with each {@code v1,} entry of the header.
 */
public final class Signatures {

    private Signatures() {}

    /** Whether one of the header's v1 signatures is valid under the secret. */
    public static boolean valid(
            String secret, String id, String timestamp, String body, String header) {
        if (header == null || id == null || timestamp == null) {
            return false;
        }
        byte[] expected = expected(secret, id + "." + timestamp + "." + body);
        for (String part : header.split(" ")) {
            if (part.startsWith("v1,")) {
                byte[] given = Base64.getDecoder().decode(part.substring(3));
                if (MessageDigest.isEqual(expected, given)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static byte[] expected(String secret, String content) {
        try {
            byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

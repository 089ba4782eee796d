package io.shiftleft.notifier.delivery;

import io.shiftleft.notifier.subscription.SigningSecret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks signatures: {@code v1,} and the base64 HMAC-SHA256 of {@code
 * <webhook-id>.<webhook-timestamp>.<body>} under each secret, separated by spaces (two while a
 * secret rotates).
 */
public final class WebhookSignature {

    private static final ThreadLocal<Mac> MACS =
            ThreadLocal.withInitial(
                    () -> {
                        try {
                            return Mac.getInstance("HmacSHA256");
                        } catch (GeneralSecurityException e) {
                            throw new IllegalStateException("HmacSHA256 is not available", e);
                        }
                    });

    private WebhookSignature() {}

    /** The {@code webhook-signature} header value. */
    public static String sign(String webhookId, long timestamp, String body, List<String> secrets) {
        StringBuilder header = new StringBuilder();
        byte[] content =
                (webhookId + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8);
        for (String secret : secrets) {
            if (header.length() > 0) {
                header.append(' ');
            }
            header.append("v1,").append(Base64.getEncoder().encodeToString(hmac(secret, content)));
        }
        return header.toString();
    }

    private static byte[] hmac(String secret, byte[] content) {
        Mac mac = MACS.get();
        try {
            mac.init(new SecretKeySpec(SigningSecret.key(secret), "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign with the subscription's secret", e);
        }
        return mac.doFinal(content);
    }
}

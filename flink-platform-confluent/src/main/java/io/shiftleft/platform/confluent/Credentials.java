package io.shiftleft.platform.confluent;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * An API key and its secret, sent as HTTP Basic authentication. The secret never leaves this record
 * except in the {@code Authorization} header: {@link #toString()} redacts it.
 *
 * @param key the API key (not a secret; shown in messages)
 * @param secret the API secret
 */
public record Credentials(String key, String secret) {

    public Credentials {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(secret, "secret");
        if (key.isBlank() || secret.isBlank()) {
            throw new IllegalArgumentException("An API key and its secret must both be non-blank");
        }
    }

    /** The value of the {@code Authorization} header. */
    String authorization() {
        String pair = key + ":" + secret;
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "Credentials[key=" + key + ", secret=<redacted>]";
    }
}

package io.shiftleft.notifier.subscription;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What sending to a subscription needs, decrypted: its target, the signing secrets valid now (the
 * current one first; the previous one too while a rotation overlaps), the PagerDuty routing key.
 * Never logged: {@link #toString()} shows no value.
 *
 * @param subscriptionId whose
 * @param version the subscription's {@code updatedAt} these were read at
 * @param target URL, or the {@code mailto:} address of email
 * @param secrets {@code whsec_} secrets to sign with, current first
 * @param previousExpiresAt when the previous secret stops signing, or null
 * @param routingKey PagerDuty routing key, or null
 */
public record Credentials(
        UUID subscriptionId,
        Instant version,
        String target,
        String secret,
        String previousSecret,
        Instant previousExpiresAt,
        String routingKey) {

    public Credentials {
        Objects.requireNonNull(subscriptionId, "subscriptionId");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(secret, "secret");
    }

    /** The secrets that sign at that moment: the current one, and the previous one until expiry. */
    public List<String> signingSecrets(Instant now) {
        if (previousSecret != null
                && previousExpiresAt != null
                && now.isBefore(previousExpiresAt)) {
            return List.of(secret, previousSecret);
        }
        return List.of(secret);
    }

    @Override
    public String toString() {
        return "Credentials[subscriptionId=" + subscriptionId + ", values hidden]";
    }
}

package io.shiftleft.notifier.subscription;

import java.time.Instant;
import java.util.UUID;

/**
 * A new signing secret, shown once; the previous one keeps signing beside it until {@code
 * previousExpiresAt}, so receivers can switch without losing a delivery.
 *
 * @param subscriptionId whose
 * @param secret the new secret
 * @param previousExpiresAt when the previous secret stops signing
 */
public record RotatedSecret(UUID subscriptionId, String secret, Instant previousExpiresAt) {

    @Override
    public String toString() {
        return "RotatedSecret[" + subscriptionId + ", secret hidden]";
    }
}

package io.shiftleft.notifier.subscription;

import java.time.Instant;

/**
 * Credentials as stored: each value sealed by {@link SecretCipher}, nothing readable.
 *
 * @param target sealed target
 * @param secret sealed current signing secret
 * @param previousSecret sealed previous signing secret, or null
 * @param previousExpiresAt when the previous secret stops signing, or null
 * @param routingKey sealed PagerDuty routing key, or null
 */
public record SealedCredentials(
        String target,
        String secret,
        String previousSecret,
        Instant previousExpiresAt,
        String routingKey) {}

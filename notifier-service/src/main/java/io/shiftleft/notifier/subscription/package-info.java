/**
 * Subscriptions: who wants which events, where, over which channel. Targets are checked against the
 * network policy ({@link io.shiftleft.notifier.subscription.TargetPolicy}), credentials (target
 * URL, signing secrets, routing key) are sealed with AES-GCM before they are stored ({@link
 * io.shiftleft.notifier.subscription.SecretCipher}), and a signing secret is shown once.
 */
package io.shiftleft.notifier.subscription;

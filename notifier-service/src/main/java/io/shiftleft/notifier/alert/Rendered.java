package io.shiftleft.notifier.alert;

/**
 * A message rendered for a channel.
 *
 * @param type its webhook type ({@code alert.firing}, {@code pagerduty.trigger}, {@code
 *     deployment.deployment_started})
 * @param payload its body
 */
public record Rendered(String type, String payload) {}

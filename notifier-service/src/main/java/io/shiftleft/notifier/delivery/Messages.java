package io.shiftleft.notifier.delivery;

import io.shiftleft.notifier.subscription.Channel;
import io.shiftleft.notifier.subscription.Credentials;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds an attempt's message: the Standard Webhooks headers on every HTTP delivery ({@code
 * webhook-id} stable across attempts, {@code webhook-timestamp} of this attempt, {@code
 * webhook-signature} under each valid secret), and the PagerDuty routing key, which is kept out of
 * the stored payload and added only here.
 */
final class Messages {

    static final String USER_AGENT = "shift-left-notifier/1";

    private Messages() {}

    static Message compose(ClaimedDelivery d, Credentials credentials, Instant now) {
        String body = d.payload();
        if (d.channel() == Channel.PAGERDUTY && credentials.routingKey() != null) {
            body = withRoutingKey(body, credentials.routingKey());
        }
        if (d.channel() == Channel.EMAIL) {
            return new Message(
                    d.channel(), credentials.target(), body, Map.of("webhook-id", d.webhookId()));
        }
        long timestamp = now.getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-type", "application/json");
        headers.put("user-agent", USER_AGENT);
        headers.put("webhook-id", d.webhookId());
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put(
                "webhook-signature",
                WebhookSignature.sign(
                        d.webhookId(), timestamp, body, credentials.signingSecrets(now)));
        return new Message(d.channel(), credentials.target(), body, headers);
    }

    /** The payload object with {@code routing_key} as its first member. */
    static String withRoutingKey(String payload, String routingKey) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : routingKey.toCharArray()) {
            if (c == '"' || c == '\\') {
                quoted.append('\\');
            }
            if (c >= 0x20) {
                quoted.append(c);
            }
        }
        quoted.append('"');
        String rest = payload.trim().substring(1).trim();
        return "{\"routing_key\":" + quoted + (rest.equals("}") ? "" : ",") + rest;
    }
}

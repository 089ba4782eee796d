package io.shiftleft.notifier.subscription;

import java.util.List;

/**
 * A subscription as requested, not yet checked: {@link SubscriptionService#create} validates every
 * field and names the first bad one. Also used for changes, where a null field keeps its value.
 *
 * @param channel webhook, slack, teams, pagerduty or email
 * @param url the target: an https URL, or {@code mailto:} for email (PagerDuty: optional)
 * @param description free text
 * @param eventTypes event types to take (empty: all)
 * @param environments environments to take (empty: all)
 * @param products data products to take (empty: all)
 * @param tables tables to take (empty: all)
 * @param minSeverity least severity (default: INFO for webhooks, WARNING for alert channels)
 * @param enabled whether it receives deliveries (default: true)
 * @param routingKey PagerDuty routing (integration) key
 * @param groupBy alert grouping labels
 * @param groupWait alert group wait
 * @param groupInterval alert group interval
 * @param repeatInterval alert repeat interval
 */
public record NewSubscription(
        String channel,
        String url,
        String description,
        List<String> eventTypes,
        List<String> environments,
        List<String> products,
        List<String> tables,
        String minSeverity,
        Boolean enabled,
        String routingKey,
        List<String> groupBy,
        java.time.Duration groupWait,
        java.time.Duration groupInterval,
        java.time.Duration repeatInterval) {

    @Override
    public String toString() {
        return "NewSubscription[channel=" + channel + ", url and routing key hidden]";
    }
}

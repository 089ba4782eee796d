package io.shiftleft.notifier.alert;

import io.shiftleft.notifier.event.NotifierEvent;
import io.shiftleft.notifier.subscription.Channel;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The message templates of the alerting channels, for group notifications and notices. */
public final class Templates {

    private Templates() {}

    /** The messages of a group notification for the channel (PagerDuty: one per alert change). */
    public static List<Rendered> alert(Channel channel, Notification n) {
        String type = "alert." + n.status().name().toLowerCase(Locale.ROOT);
        return switch (channel) {
            case SLACK -> List.of(new Rendered(type, SlackTemplate.alert(n)));
            case TEAMS -> List.of(new Rendered(type, TeamsTemplate.alert(n)));
            case EMAIL -> List.of(new Rendered(type, EmailTemplate.alert(n)));
            case PAGERDUTY -> PagerDutyTemplate.alert(n);
            case WEBHOOK ->
                    throw new IllegalArgumentException("webhooks get events, not alert groups");
        };
    }

    /** The notice of an event for the channel; PagerDuty takes no notices. */
    public static Optional<Rendered> notice(Channel channel, NotifierEvent e) {
        String type = e.webhookType();
        return switch (channel) {
            case SLACK -> Optional.of(new Rendered(type, SlackTemplate.notice(e)));
            case TEAMS -> Optional.of(new Rendered(type, TeamsTemplate.notice(e)));
            case EMAIL -> Optional.of(new Rendered(type, EmailTemplate.notice(e)));
            case PAGERDUTY, WEBHOOK -> Optional.empty();
        };
    }
}

package io.shiftleft.notifier.alert;

import io.shiftleft.notifier.event.NotifierEvent;
import java.util.Map;

/** Plain-text email: {@code subject} and {@code text}, sent by the SMTP transport. */
final class EmailTemplate {

    private EmailTemplate() {}

    static String alert(Notification n) {
        StringBuilder text = new StringBuilder(TemplateText.title(n)).append("\n\n");
        n.groupLabels().forEach((k, v) -> text.append(k).append(": ").append(v).append('\n'));
        if (!n.firing().isEmpty()) {
            text.append("\nFiring:\n");
            TemplateText.lines(n.firing(), false)
                    .forEach(l -> text.append("  - ").append(l).append('\n'));
        }
        if (!n.resolved().isEmpty()) {
            text.append("\nResolved:\n");
            TemplateText.lines(n.resolved(), true)
                    .forEach(l -> text.append("  - ").append(l).append('\n'));
        }
        text.append("\n-- \nshift-left notifier, group ").append(n.groupKey()).append('\n');
        return TemplateText.json(
                Map.of(
                        "subject",
                        TemplateText.cut(TemplateText.title(n), 200),
                        "text",
                        text.toString()));
    }

    static String notice(NotifierEvent e) {
        StringBuilder text = new StringBuilder(TemplateText.noticeTitle(e)).append("\n\n");
        TemplateText.facts(e).forEach((k, v) -> text.append(k).append(": ").append(v).append('\n'));
        if (e.detail() != null && !e.detail().isBlank()) {
            text.append('\n').append(e.detail()).append('\n');
        }
        text.append("\n-- \nshift-left notifier, event ").append(e.eventId()).append('\n');
        return TemplateText.json(
                Map.of(
                        "subject",
                        "[shift-left] " + TemplateText.noticeTitle(e),
                        "text",
                        text.toString()));
    }
}

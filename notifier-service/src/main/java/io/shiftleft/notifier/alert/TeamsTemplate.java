package io.shiftleft.notifier.alert;

import io.shiftleft.notifier.event.NotifierEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Microsoft Teams incoming-webhook messages: one Adaptive Card (version 1.4) as an attachment. */
final class TeamsTemplate {

    private TeamsTemplate() {}

    static String alert(Notification n) {
        List<Object> body = new ArrayList<>();
        body.add(
                title(
                        TemplateText.title(n),
                        n.status() == AlertState.FIRING ? "Attention" : "Good"));
        body.add(facts(n.groupLabels()));
        if (!n.firing().isEmpty()) {
            body.add(text("Firing", true));
            TemplateText.lines(n.firing(), false).forEach(l -> body.add(text("- " + l, false)));
        }
        if (!n.resolved().isEmpty()) {
            body.add(text("Resolved", true));
            TemplateText.lines(n.resolved(), true).forEach(l -> body.add(text("- " + l, false)));
        }
        return message(body);
    }

    static String notice(NotifierEvent e) {
        List<Object> body = new ArrayList<>();
        body.add(
                title(
                        TemplateText.noticeTitle(e),
                        e.severity().atLeast(io.shiftleft.notifier.event.Severity.ERROR)
                                ? "Attention"
                                : "Default"));
        body.add(facts(TemplateText.facts(e)));
        if (e.detail() != null && !e.detail().isBlank()) {
            body.add(text(TemplateText.cut(e.detail(), 4000), false));
        }
        return message(body);
    }

    private static String message(List<Object> body) {
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("type", "AdaptiveCard");
        card.put("version", "1.4");
        card.put("body", body);
        Map<String, Object> attachment = new LinkedHashMap<>();
        attachment.put("contentType", "application/vnd.microsoft.card.adaptive");
        attachment.put("content", card);
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("type", "message");
        message.put("attachments", List.of(attachment));
        return TemplateText.json(message);
    }

    private static Map<String, Object> title(String text, String color) {
        Map<String, Object> block = new LinkedHashMap<>();
        block.put("type", "TextBlock");
        block.put("size", "Large");
        block.put("weight", "Bolder");
        block.put("color", color);
        block.put("wrap", true);
        block.put("text", text);
        return block;
    }

    private static Map<String, Object> text(String text, boolean bold) {
        Map<String, Object> block = new LinkedHashMap<>();
        block.put("type", "TextBlock");
        block.put("wrap", true);
        if (bold) {
            block.put("weight", "Bolder");
        }
        block.put("text", text);
        return block;
    }

    private static Map<String, Object> facts(Map<String, String> values) {
        List<Object> facts = new ArrayList<>();
        values.forEach(
                (k, v) -> {
                    if (!v.isEmpty()) {
                        facts.add(Map.of("title", k, "value", v));
                    }
                });
        return Map.of("type", "FactSet", "facts", facts);
    }
}

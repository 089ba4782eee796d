package io.shiftleft.notifier.alert;

import io.shiftleft.notifier.event.NotifierEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Slack incoming-webhook messages: a fallback {@code text} and Block Kit {@code blocks}. */
final class SlackTemplate {

    private SlackTemplate() {}

    static String alert(Notification n) {
        List<Object> blocks = new ArrayList<>();
        String title = TemplateText.title(n);
        blocks.add(header(title));
        blocks.add(fields(n.groupLabels()));
        if (!n.firing().isEmpty()) {
            blocks.add(section("*Firing*\n" + bullets(TemplateText.lines(n.firing(), false))));
        }
        if (!n.resolved().isEmpty()) {
            blocks.add(section("*Resolved*\n" + bullets(TemplateText.lines(n.resolved(), true))));
        }
        blocks.add(context("shift-left notifier · group " + n.groupKey()));
        return TemplateText.json(Map.of("text", title, "blocks", blocks));
    }

    static String notice(NotifierEvent e) {
        List<Object> blocks = new ArrayList<>();
        String title = TemplateText.noticeTitle(e);
        blocks.add(header(title));
        blocks.add(fields(TemplateText.facts(e)));
        if (e.detail() != null && !e.detail().isBlank()) {
            blocks.add(section(TemplateText.cut(e.detail(), 2900)));
        }
        blocks.add(context("shift-left notifier · event " + e.eventId()));
        return TemplateText.json(Map.of("text", title, "blocks", blocks));
    }

    private static Map<String, Object> header(String text) {
        return Map.of("type", "header", "text", plain(TemplateText.cut(text, 150)));
    }

    private static Map<String, Object> section(String markdown) {
        return Map.of("type", "section", "text", markdown(TemplateText.cut(markdown, 3000)));
    }

    private static Map<String, Object> fields(Map<String, String> values) {
        List<Object> fields = new ArrayList<>();
        values.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .limit(10)
                .forEach(
                        e ->
                                fields.add(
                                        markdown(
                                                "*"
                                                        + e.getKey()
                                                        + "*\n"
                                                        + TemplateText.cut(e.getValue(), 1900))));
        if (fields.isEmpty()) {
            fields.add(markdown("*group*\nall alerts"));
        }
        return Map.of("type", "section", "fields", fields);
    }

    private static Map<String, Object> context(String text) {
        return Map.of("type", "context", "elements", List.of(markdown(text)));
    }

    private static Map<String, Object> plain(String text) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "plain_text");
        m.put("text", text);
        return m;
    }

    private static Map<String, Object> markdown(String text) {
        return Map.of("type", "mrkdwn", "text", text);
    }

    private static String bullets(List<String> lines) {
        return String.join("\n", lines.stream().map(l -> "• " + l).toList());
    }
}

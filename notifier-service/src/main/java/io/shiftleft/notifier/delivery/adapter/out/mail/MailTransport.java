package io.shiftleft.notifier.delivery.adapter.out.mail;

import io.shiftleft.notifier.NotifierProperties;
import io.shiftleft.notifier.delivery.AttemptResult;
import io.shiftleft.notifier.delivery.Message;
import io.shiftleft.notifier.delivery.Transport;
import io.shiftleft.notifier.subscription.Channel;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends email deliveries: the payload holds {@code subject} and {@code text}; the target is a
 * {@code mailto:} address. Without {@code spring.mail.host} every email attempt fails, saying so.
 * An accepted message is recorded with status 250 (SMTP's "OK").
 */
@Component
class MailTransport implements Transport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;

    MailTransport(ObjectProvider<JavaMailSender> sender, NotifierProperties properties) {
        this.sender = sender;
        this.from = properties.email().from();
    }

    @Override
    public boolean carries(Channel channel) {
        return channel == Channel.EMAIL;
    }

    @Override
    public AttemptResult send(Message message) {
        long start = System.nanoTime();
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return AttemptResult.failed(
                    "no SMTP server configured: set spring.mail.host (and port, username, password)",
                    0);
        }
        try {
            Map<String, String> content =
                    JSON.readValue(message.body(), new TypeReference<Map<String, String>>() {});
            MimeMessage mime = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            String to = message.target().substring("mailto:".length());
            helper.setTo(new InternetAddress(to, true));
            helper.setSubject(content.getOrDefault("subject", "shift-left notification"));
            helper.setText(content.getOrDefault("text", ""));
            mime.setHeader(
                    "X-Shiftleft-Delivery", message.headers().getOrDefault("webhook-id", ""));
            mail.send(mime);
            return AttemptResult.answered(250, millis(start), null);
        } catch (MessagingException | RuntimeException e) {
            return AttemptResult.failed("SMTP: " + e.getMessage(), millis(start));
        }
    }

    private static int millis(long start) {
        return (int) ((System.nanoTime() - start) / 1_000_000);
    }
}

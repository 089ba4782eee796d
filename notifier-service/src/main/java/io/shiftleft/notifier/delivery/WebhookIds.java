package io.shiftleft.notifier.delivery;

import java.util.UUID;

/** The {@code webhook-id} of a delivery: {@code msg_} and the delivery id's 32 hex digits. */
public final class WebhookIds {

    private WebhookIds() {}

    /** The webhook-id of a delivery. */
    public static String of(UUID deliveryId) {
        return "msg_" + deliveryId.toString().replace("-", "");
    }

    /** The delivery id of a webhook-id or of a plain UUID, if it is one. */
    public static java.util.Optional<UUID> parse(String id) {
        String hex = id.startsWith("msg_") ? id.substring(4) : id.replace("-", "");
        if (!hex.matches("[0-9a-fA-F]{32}")) {
            return java.util.Optional.empty();
        }
        String dashed =
                hex.substring(0, 8)
                        + "-"
                        + hex.substring(8, 12)
                        + "-"
                        + hex.substring(12, 16)
                        + "-"
                        + hex.substring(16, 20)
                        + "-"
                        + hex.substring(20);
        return java.util.Optional.of(UUID.fromString(dashed));
    }
}

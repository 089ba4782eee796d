package io.shiftleft.notifier.delivery;

import io.shiftleft.notifier.subscription.Channel;
import java.util.Map;

/**
 * One attempt's message, ready for a transport: target, body and headers (signature included).
 *
 * @param channel the subscription's channel
 * @param target the URL, or {@code mailto:} address
 * @param body the body
 * @param headers HTTP headers to send
 */
public record Message(Channel channel, String target, String body, Map<String, String> headers) {

    public Message {
        headers = Map.copyOf(headers);
    }

    @Override
    public String toString() {
        return "Message[" + channel + ", target and signature hidden]";
    }
}

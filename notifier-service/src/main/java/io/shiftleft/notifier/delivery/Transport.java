package io.shiftleft.notifier.delivery;

import io.shiftleft.notifier.subscription.Channel;

/** Sends one message over the wire (HTTP, SMTP); never throws for a failed send. */
public interface Transport {

    /** Whether this transport carries the channel. */
    boolean carries(Channel channel);

    /** Sends the message once and tells what happened. */
    AttemptResult send(Message message);
}

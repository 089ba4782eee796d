package io.shiftleft.notifier.subscription;

/**
 * A subscription just created, with its signing secret: the only time the secret is shown.
 *
 * @param subscription the subscription
 * @param secret its {@code whsec_} signing secret
 */
public record CreatedSubscription(Subscription subscription, String secret) {

    @Override
    public String toString() {
        return "CreatedSubscription[" + subscription.id() + ", secret hidden]";
    }
}

package io.shiftleft.notifier.delivery.adapter.out.http;

import io.shiftleft.notifier.NotifierException;
import io.shiftleft.notifier.subscription.TargetPolicy;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.apache.hc.client5.http.DnsResolver;

/**
 * Resolves hosts for the HTTP client through the target policy: the client connects to exactly the
 * addresses that were checked, so a DNS answer that changes between check and connect (rebinding)
 * cannot point a delivery into a private network.
 */
final class CheckingDnsResolver implements DnsResolver {

    /** A host the policy refused; the message says which address and why. */
    static final class RefusedHostException extends UnknownHostException {
        RefusedHostException(String message) {
            super(message);
        }
    }

    private final TargetPolicy policy;

    CheckingDnsResolver(TargetPolicy policy) {
        this.policy = policy;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        try {
            return policy.resolve(host);
        } catch (NotifierException e) {
            throw new RefusedHostException(e.getMessage());
        }
    }

    @Override
    public String resolveCanonicalHostname(String host) throws UnknownHostException {
        return resolve(host)[0].getCanonicalHostName();
    }
}

package io.shiftleft.notifier.subscription;

import io.shiftleft.notifier.NotifierException;
import io.shiftleft.notifier.NotifierException.Reason;
import io.shiftleft.notifier.NotifierProperties;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where deliveries may go. A target must be an absolute http(s) URL without user info; its host is
 * resolved and every address checked: loopback, private, link-local, multicast, unspecified and
 * other special addresses are refused unless {@code notifier.targets.allowed-networks} holds them,
 * and plain http is refused unless every address is in an allowed network. The same check runs
 * again on each connection ({@link #resolve}), and the connection goes to the addresses it
 * returned, so a DNS answer that changes after the check (rebinding) gains nothing.
 */
public final class TargetPolicy {

    /** Resolves a host to its addresses. */
    @FunctionalInterface
    public interface HostResolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private static final Pattern EMAIL =
            Pattern.compile("[^@\\s,;<>]+@[^@\\s,;<>]+\\.[^@\\s,;<>]+");

    private final List<AddressBlock> allowed;
    private final boolean requireHttps;
    private final HostResolver resolver;

    public TargetPolicy(NotifierProperties.Targets targets, HostResolver resolver) {
        this.allowed = targets.allowedNetworks().stream().map(AddressBlock::parse).toList();
        this.requireHttps = targets.requireHttps();
        this.resolver = resolver;
    }

    /** The policy with the system resolver. */
    public static TargetPolicy of(NotifierProperties.Targets targets) {
        return new TargetPolicy(targets, InetAddress::getAllByName);
    }

    /**
     * Checks a subscription's target for its channel: an http(s) URL for HTTP channels, a {@code
     * mailto:} address for email.
     *
     * @throws NotifierException INVALID_REQUEST or TARGET_REFUSED naming the field
     */
    public void check(Channel channel, String target, String field) {
        if (target == null || target.isBlank()) {
            throw NotifierException.invalid(field, field + " is required");
        }
        if (channel == Channel.EMAIL) {
            String address = target.startsWith("mailto:") ? target.substring(7) : "";
            if (!EMAIL.matcher(address).matches()) {
                throw NotifierException.invalid(
                        field,
                        field + ": '" + target + "' is not a mailto: URL with one email address");
            }
            return;
        }
        URI uri = parse(target, field);
        InetAddress[] addresses = resolveChecked(uri.getHost(), field, target);
        if (uri.getScheme().equalsIgnoreCase("http") && requireHttps && !allAllowed(addresses)) {
            throw new NotifierException(
                    Reason.TARGET_REFUSED,
                    field,
                    field
                            + ": "
                            + target
                            + " uses plain http; targets must use https unless"
                            + " notifier.targets.allowed-networks holds their address",
                    Map.of("field", field, "address", addresses[0].getHostAddress()));
        }
    }

    /**
     * The addresses a connection to the host may use, each checked.
     *
     * @throws NotifierException TARGET_REFUSED if an address is refused, INVALID_REQUEST if the
     *     host does not resolve
     */
    public InetAddress[] resolve(String host) {
        return resolveChecked(host, "url", host);
    }

    /** Why the address may not be reached under this policy, if it may not. */
    public Optional<String> refusal(InetAddress address) {
        if (allowed.stream().anyMatch(b -> b.contains(address))) {
            return Optional.empty();
        }
        return SpecialAddresses.refusal(address);
    }

    private InetAddress[] resolveChecked(String host, String field, String target) {
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw NotifierException.invalid(
                    field, field + ": host '" + host + "' of " + target + " does not resolve");
        }
        if (addresses == null || addresses.length == 0) {
            throw NotifierException.invalid(
                    field, field + ": host '" + host + "' of " + target + " has no address");
        }
        for (InetAddress address : addresses) {
            Optional<String> refusal = refusal(address);
            if (refusal.isPresent()) {
                throw new NotifierException(
                        Reason.TARGET_REFUSED,
                        field,
                        field
                                + ": "
                                + target
                                + " resolves to "
                                + address.getHostAddress()
                                + ", "
                                + refusal.get()
                                + "; the notifier does not send there unless"
                                + " notifier.targets.allowed-networks holds it",
                        Map.of("field", field, "address", address.getHostAddress()));
            }
        }
        return addresses;
    }

    private boolean allAllowed(InetAddress[] addresses) {
        for (InetAddress a : addresses) {
            if (allowed.stream().noneMatch(b -> b.contains(a))) {
                return false;
            }
        }
        return true;
    }

    private static URI parse(String target, String field) {
        URI uri;
        try {
            uri = new URI(target);
        } catch (URISyntaxException e) {
            throw NotifierException.invalid(
                    field, field + ": '" + target + "' is not a URL (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw NotifierException.invalid(
                    field, field + ": '" + target + "' must be an absolute https URL");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw NotifierException.invalid(field, field + ": '" + target + "' has no host");
        }
        if (uri.getRawUserInfo() != null) {
            throw NotifierException.invalid(
                    field,
                    field + ": the URL must not carry user info (user:password@); use the secret");
        }
        return uri;
    }
}

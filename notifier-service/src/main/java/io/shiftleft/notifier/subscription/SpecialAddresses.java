package io.shiftleft.notifier.subscription;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * The address ranges a delivery must not reach unless allowed: loopback, private, link-local,
 * multicast, unspecified, and the other special-purpose blocks of the IANA registries. IPv6
 * addresses that embed an IPv4 address (mapped, NAT64, 6to4) are judged by that address.
 */
final class SpecialAddresses {

    private record Range(AddressBlock block, String kind) {}

    private static final List<Range> RANGES =
            List.of(
                    range("0.0.0.0/8", "an unspecified ('this network') address"),
                    range("10.0.0.0/8", "a private address"),
                    range("100.64.0.0/10", "a shared (carrier-grade NAT) address"),
                    range("127.0.0.0/8", "a loopback address"),
                    range("169.254.0.0/16", "a link-local address"),
                    range("172.16.0.0/12", "a private address"),
                    range("192.0.0.0/24", "an IETF protocol address"),
                    range("192.0.2.0/24", "a documentation address"),
                    range("192.168.0.0/16", "a private address"),
                    range("198.18.0.0/15", "a benchmarking address"),
                    range("198.51.100.0/24", "a documentation address"),
                    range("203.0.113.0/24", "a documentation address"),
                    range("224.0.0.0/4", "a multicast address"),
                    range("240.0.0.0/4", "a reserved address"),
                    range("::/128", "an unspecified address"),
                    range("::1/128", "a loopback address"),
                    range("fc00::/7", "a private (unique local) address"),
                    range("fe80::/10", "a link-local address"),
                    range("fec0::/10", "a site-local address"),
                    range("ff00::/8", "a multicast address"),
                    range("2001:db8::/32", "a documentation address"));

    private static final AddressBlock NAT64 = AddressBlock.parse("64:ff9b::/96");
    private static final AddressBlock SIX_TO_FOUR = AddressBlock.parse("2002::/16");
    private static final AddressBlock V4_COMPATIBLE = AddressBlock.parse("::/96");

    private SpecialAddresses() {}

    /** Why the address may not be reached (for example "a private address (10.0.0.0/8)"). */
    static Optional<String> refusal(InetAddress address) {
        InetAddress judged = embeddedIpv4(address).orElse(address);
        for (Range r : RANGES) {
            if (r.block().contains(judged)) {
                String via = judged == address ? "" : " embedding " + judged.getHostAddress();
                return Optional.of(r.kind() + " (" + r.block() + ")" + via);
            }
        }
        return Optional.empty();
    }

    /** The IPv4 address an IPv6 address carries (NAT64, 6to4, IPv4-compatible), if any. */
    static Optional<InetAddress> embeddedIpv4(InetAddress address) {
        byte[] a = address.getAddress();
        if (a.length != 16) {
            return Optional.empty();
        }
        byte[] v4 = new byte[4];
        if (NAT64.contains(address) || (V4_COMPATIBLE.contains(address) && !isOneOrZero(a))) {
            System.arraycopy(a, 12, v4, 0, 4);
        } else if (SIX_TO_FOUR.contains(address)) {
            System.arraycopy(a, 2, v4, 0, 4);
        } else {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByAddress(v4));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static boolean isOneOrZero(byte[] a) {
        for (int i = 0; i < 15; i++) {
            if (a[i] != 0) {
                return false;
            }
        }
        return a[15] == 0 || a[15] == 1;
    }

    private static Range range(String cidr, String kind) {
        return new Range(AddressBlock.parse(cidr), kind);
    }
}

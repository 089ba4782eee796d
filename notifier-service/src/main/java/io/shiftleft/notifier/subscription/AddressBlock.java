package io.shiftleft.notifier.subscription;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * A CIDR block of IPv4 or IPv6 addresses ({@code 10.0.0.0/8}, {@code fe80::/10}).
 *
 * @param network the block's first address
 * @param prefix the number of leading bits that decide membership
 * @param text the block as written
 */
public record AddressBlock(byte[] network, int prefix, String text) {

    /** Parses {@code address/prefix}; a bare address is a block of one. */
    public static AddressBlock parse(String cidr) {
        String trimmed = cidr.trim();
        int slash = trimmed.indexOf('/');
        String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
        if (!address.matches("[0-9a-fA-F:.]+")) {
            throw new IllegalArgumentException(
                    "'" + cidr + "' is not a CIDR block: the address must be an IP literal");
        }
        byte[] bytes;
        try {
            bytes = InetAddress.getByName(address).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("'" + cidr + "' is not a CIDR block", e);
        }
        int bits = bytes.length * 8;
        int prefix;
        try {
            prefix = slash < 0 ? bits : Integer.parseInt(trimmed.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + cidr + "' has no numeric prefix length", e);
        }
        if (prefix < 0 || prefix > bits) {
            throw new IllegalArgumentException(
                    "'" + cidr + "': prefix length must be between 0 and " + bits);
        }
        return new AddressBlock(bytes, prefix, trimmed);
    }

    /** Whether the address lies in the block (an IPv4 address never lies in an IPv6 block). */
    public boolean contains(InetAddress address) {
        byte[] a = address.getAddress();
        if (a.length != network.length) {
            return false;
        }
        int full = prefix / 8;
        for (int i = 0; i < full; i++) {
            if (a[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xff << (8 - rest)) & 0xff;
        return (a[full] & mask) == (network[full] & mask);
    }

    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AddressBlock b && b.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }
}

package io.shiftleft.notifier.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shiftleft.notifier.NotifierException;
import io.shiftleft.notifier.NotifierProperties;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The target policy with a resolver the test controls (no DNS). */
class TargetPolicyTests {

    private static final Map<String, List<String>> DNS =
            Map.of(
                    "hooks.example", List.of("93.184.216.34"),
                    "mixed.example", List.of("93.184.216.34", "10.1.2.3"),
                    "metadata.example", List.of("169.254.169.254"),
                    "v6local.example", List.of("fe80::1"),
                    "loop.example", List.of("127.0.0.1", "::1"));

    private static TargetPolicy policy(List<String> allowed) {
        return new TargetPolicy(
                new NotifierProperties.Targets(allowed, true),
                host -> {
                    List<String> a = DNS.get(host);
                    if (a == null) {
                        InetAddress literal = literal(host);
                        if (literal == null) {
                            throw new UnknownHostException(host);
                        }
                        return new InetAddress[] {literal};
                    }
                    InetAddress[] out = new InetAddress[a.size()];
                    for (int i = 0; i < out.length; i++) {
                        out[i] = InetAddress.getByName(a.get(i));
                    }
                    return out;
                });
    }

    private static InetAddress literal(String host) throws UnknownHostException {
        String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        return h.matches("[0-9a-fA-F:.]+") ? InetAddress.getByName(h) : null;
    }

    @Test
    void acceptsAnHttpsTargetWhoseEveryAddressIsPublic() {
        policy(List.of()).check(Channel.WEBHOOK, "https://hooks.example/in", "url");
        assertThat(policy(List.of()).resolve("hooks.example")).hasSize(1);
    }

    @Test
    void refusesWhenAnyResolvedAddressIsPrivateNamingIt() {
        assertThatThrownBy(
                        () ->
                                policy(List.of())
                                        .check(Channel.WEBHOOK, "https://mixed.example/in", "url"))
                .isInstanceOfSatisfying(
                        NotifierException.class,
                        e -> {
                            assertThat(e.reason())
                                    .isEqualTo(NotifierException.Reason.TARGET_REFUSED);
                            assertThat(e.field()).isEqualTo("url");
                            assertThat(e.details()).containsEntry("address", "10.1.2.3");
                            assertThat(e.getMessage())
                                    .contains("10.1.2.3", "a private address (10.0.0.0/8)");
                        });
    }

    @Test
    void refusesLoopbackLinkLocalMulticastAndUnspecifiedAddresses() {
        Map<String, String> refused =
                Map.of(
                        "https://loop.example/", "loopback",
                        "https://metadata.example/", "link-local",
                        "https://v6local.example/", "link-local",
                        "https://[::1]/", "loopback",
                        "https://239.1.1.1/", "multicast",
                        "https://0.0.0.0/", "unspecified",
                        "https://[::]/", "unspecified",
                        "https://[64:ff9b::a01:203]/", "embedding 10.1.2.3",
                        "https://[2002:c0a8:101::1]/", "embedding 192.168.1.1",
                        "https://[fc00::5]/", "unique local");
        refused.forEach(
                (url, kind) ->
                        assertThatThrownBy(() -> policy(List.of()).check(Channel.SLACK, url, "url"))
                                .as(url)
                                .isInstanceOf(NotifierException.class)
                                .hasMessageContaining(kind));
    }

    @Test
    void allowsLoopbackAndPlainHttpOnlyInsideAllowedNetworks() {
        TargetPolicy local = policy(List.of("127.0.0.0/8", "::1/128"));
        local.check(Channel.WEBHOOK, "http://127.0.0.1:8080/hook", "url");
        local.check(Channel.WEBHOOK, "http://loop.example/hook", "url");
        assertThatThrownBy(() -> local.check(Channel.WEBHOOK, "http://hooks.example/hook", "url"))
                .hasMessageContaining("plain http");
        assertThatThrownBy(() -> local.check(Channel.WEBHOOK, "https://10.0.0.1/", "url"))
                .hasMessageContaining("private");
    }

    @Test
    void refusesMalformedTargetsNamingTheField() {
        TargetPolicy p = policy(List.of());
        assertThatThrownBy(() -> p.check(Channel.WEBHOOK, "not a url", "url"))
                .hasMessageStartingWith("url:");
        assertThatThrownBy(() -> p.check(Channel.WEBHOOK, "ftp://hooks.example/", "url"))
                .hasMessageContaining("https");
        assertThatThrownBy(() -> p.check(Channel.WEBHOOK, "https://u:p@hooks.example/", "url"))
                .hasMessageContaining("user info");
        assertThatThrownBy(() -> p.check(Channel.WEBHOOK, "https://nowhere.example/", "url"))
                .hasMessageContaining("does not resolve");
        assertThatThrownBy(() -> p.check(Channel.EMAIL, "ops@example.com", "url"))
                .hasMessageContaining("mailto:");
        p.check(Channel.EMAIL, "mailto:ops@example.com", "url");
    }

    @Test
    void readsCidrBlocksOfBothFamiliesAndRejectsBadOnes() {
        assertThat(AddressBlock.parse("10.0.0.0/8").contains(address("10.255.1.1"))).isTrue();
        assertThat(AddressBlock.parse("172.16.0.0/12").contains(address("172.32.0.1"))).isFalse();
        assertThat(AddressBlock.parse("fe80::/10").contains(address("febf::1"))).isTrue();
        assertThat(AddressBlock.parse("fe80::/10").contains(address("10.0.0.1"))).isFalse();
        assertThatThrownBy(() -> AddressBlock.parse("10.0.0.0/33"))
                .hasMessageContaining("prefix length");
        assertThatThrownBy(() -> AddressBlock.parse("intranet/8"))
                .hasMessageContaining("IP literal");
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}

package io.shiftleft.notifier.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** AES-GCM sealing of stored secrets. */
class SecretCipherTests {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String OTHER =
            Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

    @Test
    void sealsEachValueDifferentlyAndOpensItInItsContextOnly() {
        SecretCipher cipher = new SecretCipher(KEY, List.of());
        String a = cipher.seal("whsec_secret", "id-1:secret");
        String b = cipher.seal("whsec_secret", "id-1:secret");
        assertThat(a).isNotEqualTo(b).startsWith("v1.").doesNotContain("secret");
        assertThat(cipher.open(a, "id-1:secret")).isEqualTo("whsec_secret");
        assertThatThrownBy(() -> cipher.open(a, "id-2:secret"))
                .hasMessageContaining("does not open");
        String tampered = a.substring(0, a.length() - 2) + (a.endsWith("A") ? "BB" : "AA");
        assertThatThrownBy(() -> cipher.open(tampered, "id-1:secret"))
                .hasMessageContaining("does not open");
    }

    @Test
    void opensValuesOfAPreviousKeyAfterRotationAndSealsWithTheNewOne() {
        String old = new SecretCipher(KEY, List.of()).seal("v", "c");
        SecretCipher rotated = new SecretCipher(OTHER, List.of(KEY));
        assertThat(rotated.open(old, "c")).isEqualTo("v");
        assertThat(rotated.sealedWithOldKey(old)).isTrue();
        assertThat(rotated.sealedWithOldKey(rotated.seal("v", "c"))).isFalse();
        assertThatThrownBy(() -> new SecretCipher(OTHER, List.of()).open(old, "c"))
                .hasMessageContaining("neither notifier.secrets.key nor");
    }

    @Test
    void explainsAMissingOrMalformedKey() {
        assertThatThrownBy(() -> new SecretCipher(null, List.of()))
                .hasMessageContaining("notifier.secrets.key is not set")
                .hasMessageContaining("NOTIFIER_SECRETS_KEY");
        assertThatThrownBy(() -> new SecretCipher("c2hvcnQ=", List.of()))
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> new SecretCipher("%%%", List.of())).hasMessageContaining("base64");
    }
}

package io.shiftleft.notifier.subscription;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals values for storage with AES-256-GCM: {@code v1.<key id>.<base64url(nonce | ciphertext |
 * tag)>}, a fresh 96-bit nonce per value, and the context (subscription id and column) as
 * associated data, so a sealed value copied to another row or column does not open. The key id (the
 * first 8 hex digits of the key's SHA-256) lets previous keys still open what they sealed while new
 * values use the current key.
 */
public final class SecretCipher {

    private static final String PREFIX = "v1.";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final SecretKey current;
    private final String currentId;
    private final Map<String, SecretKey> keys = new LinkedHashMap<>();

    /**
     * @param key the current key, base64 of 32 bytes
     * @param previousKeys keys that may still open stored values
     */
    public SecretCipher(String key, List<String> previousKeys) {
        this.current = parse(key, "notifier.secrets.key");
        this.currentId = idOf(current);
        keys.put(currentId, current);
        for (int i = 0; i < previousKeys.size(); i++) {
            SecretKey previous =
                    parse(previousKeys.get(i), "notifier.secrets.previous-keys[" + i + "]");
            keys.putIfAbsent(idOf(previous), previous);
        }
    }

    /** Seals a value bound to its context. */
    public String seal(String value, String context) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, current, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(value.getBytes(StandardCharsets.UTF_8));
            byte[] out =
                    ByteBuffer.allocate(nonce.length + sealed.length)
                            .put(nonce)
                            .put(sealed)
                            .array();
            return PREFIX
                    + currentId
                    + "."
                    + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    /** Opens a sealed value; fails if the key is unknown, or the value or context was altered. */
    public String open(String sealed, String context) {
        String[] parts = sealed.split("\\.", 3);
        if (parts.length != 3 || !(parts[0] + ".").equals(PREFIX)) {
            throw new IllegalStateException("Stored secret of " + context + " is not sealed (v1)");
        }
        SecretKey key = keys.get(parts[1]);
        if (key == null) {
            throw new IllegalStateException(
                    "Stored secret of "
                            + context
                            + " was sealed with key "
                            + parts[1]
                            + ", which is neither notifier.secrets.key nor one of"
                            + " notifier.secrets.previous-keys");
        }
        try {
            byte[] in = Base64.getUrlDecoder().decode(parts[2]);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(
                    Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "Stored secret of " + context + " does not open: altered or moved", e);
        }
    }

    /** Whether a sealed value uses a key other than the current one (to be sealed again). */
    public boolean sealedWithOldKey(String sealed) {
        return !sealed.startsWith(PREFIX + currentId + ".");
    }

    private static SecretKey parse(String base64, String property) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalStateException(
                    property
                            + " is not set: the notifier encrypts subscription secrets with an AES-256"
                            + " key, 32 random bytes in base64 (for example from `openssl rand"
                            + " -base64 32`), given as NOTIFIER_SECRETS_KEY or"
                            + " notifier.secrets.key-file");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(property + " is not valid base64", e);
        }
        if (bytes.length != 32) {
            throw new IllegalStateException(
                    property
                            + " must be 32 bytes (AES-256) in base64, was "
                            + bytes.length
                            + " bytes");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    private static String idOf(SecretKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "SecretCipher[key " + currentId + "]";
    }
}

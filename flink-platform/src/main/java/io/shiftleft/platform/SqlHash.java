package io.shiftleft.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash by which an identical statement is recognised: SHA-256 of the text, line ends unified.
 */
public final class SqlHash {

    private SqlHash() {}

    /** Lowercase hex SHA-256 of the UTF-8 text with CRLF turned into LF. */
    public static String of(String sql) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256")
                            .digest(sql.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}

package io.shiftleft.platform.confluent.fake;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A request to the fake, independent of WireMock's types.
 *
 * @param method the HTTP method
 * @param path the decoded path
 * @param query the decoded query parameters (the last value of each)
 * @param body the body text
 * @param authorization the {@code Authorization} header, empty string when none
 * @param origin {@code scheme://host:port} as the client called it, for absolute links
 */
public record FakeRequest(
        String method,
        String path,
        Map<String, String> query,
        String body,
        String authorization,
        String origin) {

    static FakeRequest of(String method, String absoluteUrl, String body, String authorization) {
        URI uri = URI.create(absoluteUrl);
        Map<String, String> query = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                String key = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : pair.substring(eq + 1);
                query.put(decode(key), decode(value));
            }
        }
        String origin = uri.getScheme() + "://" + uri.getRawAuthority();
        return new FakeRequest(
                method,
                uri.getPath(),
                Map.copyOf(query),
                body == null ? "" : body,
                authorization == null ? "" : authorization,
                origin);
    }

    public Optional<String> param(String name) {
        return Optional.ofNullable(query.get(name)).filter(v -> !v.isEmpty());
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}

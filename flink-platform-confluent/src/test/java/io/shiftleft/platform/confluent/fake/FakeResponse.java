package io.shiftleft.platform.confluent.fake;

import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the fake answers: a status, a JSON body or none, extra headers, or a dropped connection.
 *
 * @param status the HTTP status
 * @param body the body, empty for none
 * @param headers extra headers
 * @param drop whether to drop the connection instead of answering
 */
public record FakeResponse(int status, String body, Map<String, String> headers, boolean drop) {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static FakeResponse json(int status, JsonNode body) {
        return new FakeResponse(status, JSON.writeValueAsString(body), Map.of(), false);
    }

    static FakeResponse empty(int status) {
        return new FakeResponse(status, "", Map.of(), false);
    }

    static FakeResponse dropped() {
        return new FakeResponse(0, "", Map.of(), true);
    }

    /** A JSON:API error body, its {@code status} a string as the platform sends it. */
    static FakeResponse error(int status, String code, String detail) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode error = body.putArray("errors").addObject();
        error.put("id", UUID.randomUUID().toString());
        error.put("status", Integer.toString(status));
        error.put("code", code);
        error.put("title", code.replace('_', ' '));
        error.put("detail", detail);
        return json(status, body);
    }

    FakeResponse withHeader(String name, String value) {
        Map<String, String> all = new java.util.LinkedHashMap<>(headers);
        all.put(name, value);
        return new FakeResponse(status, body, Map.copyOf(all), drop);
    }
}

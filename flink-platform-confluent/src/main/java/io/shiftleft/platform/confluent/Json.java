package io.shiftleft.platform.confluent;

import io.shiftleft.platform.PlatformException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The adapter's one JSON mapper (Jackson 3) and the small readers every API mapping shares. */
final class Json {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {}

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static String write(JsonNode node) {
        return MAPPER.writeValueAsString(node);
    }

    /**
     * The body of a successful answer as JSON.
     *
     * @throws PlatformException UNAVAILABLE when the platform answered something else
     */
    static JsonNode read(HttpResult result, String subject) {
        try {
            return MAPPER.readTree(result.body().isEmpty() ? "{}" : result.body());
        } catch (JacksonException e) {
            throw new PlatformException(
                    PlatformException.Reason.UNAVAILABLE,
                    subject,
                    result.call().describe()
                            + " answered HTTP "
                            + result.status()
                            + " with a body that is not JSON",
                    result.requestId().orElse(null),
                    e);
        }
    }

    /** Lenient parse for error bodies: empty when the text is not JSON. */
    static Optional<JsonNode> tryRead(String text) {
        try {
            return text.isBlank() ? Optional.empty() : Optional.of(MAPPER.readTree(text));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    /** A scalar field as text (numbers too); empty when missing, null or blank. */
    static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull() || value.isContainer()) {
            return Optional.empty();
        }
        String text = value.asString();
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    /** An RFC 3339 timestamp field; empty when missing or unreadable (never an exception). */
    static Optional<Instant> instant(JsonNode node, String field) {
        return text(node, field)
                .flatMap(
                        t -> {
                            try {
                                return Optional.of(Instant.parse(t));
                            } catch (DateTimeParseException e) {
                                return Optional.empty();
                            }
                        });
    }

    /** An object of string values (labels, properties); empty when missing. */
    static Map<String, String> stringMap(JsonNode node) {
        Map<String, String> map = new LinkedHashMap<>();
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (!e.getValue().isNull()) {
                    map.put(e.getKey(), e.getValue().asString());
                }
            }
        }
        return map;
    }
}

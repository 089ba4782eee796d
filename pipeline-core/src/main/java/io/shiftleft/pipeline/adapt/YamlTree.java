package io.shiftleft.pipeline.adapt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** A YAML document as maps, lists and scalars that remember their line, for error messages. */
final class YamlTree {

    /** A node and the line it starts on. */
    sealed interface Node permits MapNode, ListNode, Scalar {
        int line();
    }

    /** A mapping; keys in file order, with the line of each key. */
    record MapNode(int line, Map<String, Node> entries, Map<String, Integer> keyLines)
            implements Node {}

    /** A sequence. */
    record ListNode(int line, List<Node> items) implements Node {}

    /** A scalar; {@code value} is null for YAML's null. */
    record Scalar(int line, String value) implements Node {}

    private YamlTree() {}

    /**
     * Reads a YAML file; an empty file is an empty mapping.
     *
     * @throws EnvironmentConfigException when the file is not valid YAML, with its line
     * @throws UncheckedIOException when it cannot be read
     */
    static Node read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        try (JsonParser parser = new YAMLMapper().createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new MapNode(1, Map.of(), Map.of());
            }
            return node(parser);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new EnvironmentConfigException(
                    file
                            + (line > 0 ? ":" + line : "")
                            + ": not valid YAML: "
                            + e.getOriginalMessage(),
                    e);
        }
    }

    private static Node node(JsonParser parser) {
        int line = parser.currentTokenLocation().getLineNr();
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, Node> entries = new LinkedHashMap<>();
            Map<String, Integer> lines = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String key = parser.currentName();
                lines.put(key, parser.currentTokenLocation().getLineNr());
                parser.nextToken();
                entries.put(key, node(parser));
            }
            return new MapNode(line, entries, lines);
        }
        if (token == JsonToken.START_ARRAY) {
            List<Node> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(node(parser));
            }
            return new ListNode(line, items);
        }
        return new Scalar(line, token == JsonToken.VALUE_NULL ? null : parser.getString());
    }
}

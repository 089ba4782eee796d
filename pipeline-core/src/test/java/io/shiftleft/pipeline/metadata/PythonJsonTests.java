package io.shiftleft.pipeline.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shiftleft.pipeline.metadata.PythonJson.Style;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PythonJsonTests {

    @Test
    void writesPythonSeparatorsAndIndentation() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("a", List.of(1, "x"));
        tree.put("b", Map.of("c", true));
        tree.put("d", null);

        assertThat(PythonJson.write(tree, 4, Style.JSON_DUMP))
                .isEqualTo(
                        "{\n    \"a\": [\n        1,\n        \"x\"\n    ],\n"
                                + "    \"b\": {\n        \"c\": true\n    },\n    \"d\": null\n}");
    }

    @Test
    void writesEmptyContainersOnOneLine() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("parents", List.of());
        tree.put("complexity", Map.of());

        assertThat(PythonJson.write(tree, 3, Style.PYDANTIC))
                .isEqualTo("{\n   \"parents\": [],\n   \"complexity\": {}\n}");
        assertThat(PythonJson.write(List.of(), 3, Style.PYDANTIC)).isEqualTo("[]");
    }

    @Test
    void escapesNonAsciiLikeEnsureAsciiWithSurrogatePairs() {
        String text = "caf\u00e9 \ud83d\ude80 \u007f \u2028";

        assertThat(PythonJson.write(text, 4, Style.JSON_DUMP))
                .isEqualTo("\"caf\\u00e9 \\ud83d\\ude80 \\u007f \\u2028\"");
    }

    @Test
    void keepsNonAsciiAsItIsLikePydantic() {
        String text = "caf\u00e9 \ud83d\ude80 \u007f";

        assertThat(PythonJson.write(text, 3, Style.PYDANTIC)).isEqualTo("\"" + text + "\"");
    }

    @Test
    void escapesQuotesBackslashesAndControlCharactersInBothStyles() {
        String text = "\"\\/\b\f\n\r\t\u0001\u001f";
        String expected = "\"\\\"\\\\/\\b\\f\\n\\r\\t\\u0001\\u001f\"";

        assertThat(PythonJson.write(text, 4, Style.JSON_DUMP)).isEqualTo(expected);
        assertThat(PythonJson.write(text, 3, Style.PYDANTIC)).isEqualTo(expected);
    }

    @Test
    void writesIntegersOnly() {
        assertThat(
                        PythonJson.write(
                                Arrays.asList(1L, (short) 2, new BigInteger("3")),
                                0,
                                Style.JSON_DUMP))
                .isEqualTo("[\n1,\n2,\n3\n]");
        assertThatThrownBy(() -> PythonJson.write(1.5, 4, Style.JSON_DUMP))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

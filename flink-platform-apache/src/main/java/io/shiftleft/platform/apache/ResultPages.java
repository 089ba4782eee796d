package io.shiftleft.platform.apache;

import io.shiftleft.platform.ResultPage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a gateway result page ({@code resultType}, {@code results.columns}, {@code results.data},
 * {@code nextResultUri}) into a {@link ResultPage}. The page token is the gateway's own token
 * number: a page that is not ready yet answers no rows and the same token; the end of the result
 * answers no token.
 */
final class ResultPages {

    private static final Pattern TOKEN = Pattern.compile("/result/([^/?]+)");

    private ResultPages() {}

    static ResultPage of(JsonNode page, String token, JsonMapper mapper) {
        String type = page.path("resultType").asString("");
        if (type.equals("NOT_READY")) {
            return new ResultPage(List.of(), List.of(), Optional.of(token));
        }
        List<String> columns = new ArrayList<>();
        for (JsonNode column : page.path("results").path("columns")) {
            columns.add(column.path("name").asString(""));
        }
        List<ResultPage.Row> rows = new ArrayList<>();
        for (JsonNode row : page.path("results").path("data")) {
            List<Object> values = new ArrayList<>();
            for (JsonNode field : row.path("fields")) {
                values.add(field.isNull() ? null : mapper.treeToValue(field, Object.class));
            }
            rows.add(new ResultPage.Row(kind(row.path("kind").asString("")), values));
        }
        return new ResultPage(columns, rows, type.equals("EOS") ? Optional.empty() : next(page));
    }

    private static Optional<String> next(JsonNode page) {
        Matcher m = TOKEN.matcher(page.path("nextResultUri").asString(""));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static ResultPage.ChangeKind kind(String word) {
        for (ResultPage.ChangeKind kind : ResultPage.ChangeKind.values()) {
            if (kind.name().equals(word)) {
                return kind;
            }
        }
        return ResultPage.ChangeKind.INSERT;
    }
}

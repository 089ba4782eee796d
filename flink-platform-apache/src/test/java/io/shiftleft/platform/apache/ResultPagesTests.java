package io.shiftleft.platform.apache;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftleft.platform.ResultPage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Gateway result pages read into the port's pages, with the gateway's token as page token. */
class ResultPagesTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void answersTheSameTokenWhileThePageIsNotReady() {
        ResultPage page =
                ResultPages.of(
                        JSON.readTree(
                                "{\"resultType\":\"NOT_READY\",\"nextResultUri\":"
                                        + "\"/v3/sessions/s/operations/o/result/0?rowFormat=JSON\"}"),
                        "0",
                        JSON);

        assertThat(page.rows()).isEmpty();
        assertThat(page.nextToken()).contains("0");
    }

    @Test
    void readsColumnsRowsKindsAndTheNextToken() {
        ResultPage page =
                ResultPages.of(
                        JSON.readTree(
                                "{\"resultType\":\"PAYLOAD\",\"results\":{\"columns\":["
                                        + "{\"name\":\"id\"},{\"name\":\"name\"},{\"name\":\"tags\"}],"
                                        + "\"data\":[{\"kind\":\"INSERT\",\"fields\":[1,\"a\",{\"k\":\"v\"}]},"
                                        + "{\"kind\":\"UPDATE_BEFORE\",\"fields\":[2,null,null]}]},"
                                        + "\"nextResultUri\":\"/v3/sessions/s/operations/o/result/4?rowFormat=JSON\"}"),
                        "3",
                        JSON);

        assertThat(page.columns()).containsExactly("id", "name", "tags");
        assertThat(page.rows())
                .extracting(ResultPage.Row::kind)
                .containsExactly(ResultPage.ChangeKind.INSERT, ResultPage.ChangeKind.UPDATE_BEFORE);
        assertThat(page.rows().get(0).values()).containsExactly(1, "a", Map.of("k", "v"));
        assertThat(page.rows().get(1).values()).isEqualTo(Arrays.asList(2, null, null));
        assertThat(page.nextToken()).contains("4");
    }

    @Test
    void endsAtTheEndOfTheStream() {
        ResultPage page =
                ResultPages.of(
                        JSON.readTree(
                                "{\"resultType\":\"EOS\",\"results\":{\"columns\":[{\"name\":\"x\"}],\"data\":[]}}"),
                        "5",
                        JSON);

        assertThat(page.columns()).isEqualTo(List.of("x"));
        assertThat(page.nextToken()).isEmpty();
    }
}

package io.shiftleft.pipeline.adapt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Removing and adding list items while keeping commas, lines and comments right. */
class ListEditsTests {

    private static String edit(
            String sql, Set<Integer> removed, List<String> first, List<String> added) {
        CreateTable table = CreateTableParser.find(sql).get(0);
        TextEdits edits = new TextEdits(sql);
        ListEdits.edit(edits, table.optionList(), removed, first, added);
        return edits.apply();
    }

    @Test
    void removesLinesOfRemovedItemsAndKeepsTheCommasRight() {
        String sql =
                """
                CREATE TABLE t (a INT) WITH (
                  'a' = '1',
                  'b' = '2',
                  'c' = '3',
                  'd' = '4'
                );""";

        assertThat(edit(sql, Set.of(1, 3), List.of(), List.of()))
                .isEqualTo(
                        """
                        CREATE TABLE t (a INT) WITH (
                          'a' = '1',
                          'c' = '3'
                        );""");
        assertThat(edit(sql, Set.of(0, 2, 3), List.of(), List.of()))
                .isEqualTo(
                        """
                        CREATE TABLE t (a INT) WITH (
                          'b' = '2'
                        );""");
    }

    @Test
    void keepsCommentsOfRemovedItems() {
        String sql =
                """
                CREATE TABLE t (a INT) WITH (
                  'a' = '1', -- first
                  'b' = '2', /* second */
                  'c' = '3'  -- third
                );""";

        assertThat(edit(sql, Set.of(1, 2), List.of(), List.of()))
                .isEqualTo(
                        """
                        CREATE TABLE t (a INT) WITH (
                          'a' = '1' -- first
                          /* second */
                          -- third
                        );""");
    }

    @Test
    void appendsAfterALineCommentWithoutSwallowingIt() {
        String sql =
                """
                CREATE TABLE t (a INT) WITH (
                  'a' = '1' -- the only one
                );""";

        assertThat(edit(sql, Set.of(), List.of("'z' = '0'"), List.of("'b' = '2'", "'c' = '3'")))
                .isEqualTo(
                        """
                        CREATE TABLE t (a INT) WITH (
                          'z' = '0',
                          'a' = '1', -- the only one
                          'b' = '2',
                          'c' = '3'
                        );""");
    }

    @Test
    void editsAListWrittenOnOneLine() {
        String sql = "CREATE TABLE t (a INT) WITH ('a' = '1', 'b' = '2', 'c' = '3')";

        assertThat(edit(sql, Set.of(1), List.of("'x' = 'y'"), List.of("'d' = '4'")))
                .isEqualTo(
                        "CREATE TABLE t (a INT) WITH ('x' = 'y', 'a' = '1', 'c' = '3', 'd' = '4')");
        assertThat(edit(sql, Set.of(0, 1, 2), List.of("'x' = 'y'"), List.of()))
                .isEqualTo("CREATE TABLE t (a INT) WITH ('x' = 'y')");
    }
}

package io.shiftleft.pipeline.adapt;

import io.shiftleft.pipeline.sql.TableName;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the parts of one {@code CREATE TABLE} statement are in its text, found from its tokens by
 * {@link CreateTableParser}: enough for rules to add, replace and remove pieces without touching
 * anything else.
 *
 * @param name the table's name
 * @param nameSpan where the name is written
 * @param elements the column list (columns, constraints, watermarks), or null when there is none (a
 *     {@code CREATE TABLE ... AS SELECT} without one)
 * @param elementList the elements' positions, or null with {@code elements}
 * @param distribution the {@code DISTRIBUTED BY|INTO ...} clause, or null
 * @param partitioning the {@code PARTITIONED BY (...)} clause, or null
 * @param with the {@code WITH (...)} clause from {@code WITH} to its parenthesis, or null
 * @param options the options of {@code with}, in order (empty without it)
 * @param optionList the options' positions, or null without {@code with}
 * @param like whether the statement has a {@code LIKE} clause
 * @param asQuery offset of the {@code AS} of a {@code CREATE TABLE ... AS SELECT}, or -1
 * @param clauseEnd offset after the last token of the table's definition before {@code LIKE},
 *     {@code AS} or the end: where a new {@code WITH} clause goes
 * @param end offset after the statement's last token (its semicolon excluded)
 */
record CreateTable(
        TableName name,
        Span nameSpan,
        List<Element> elements,
        SqlList elementList,
        Clause distribution,
        Clause partitioning,
        Span with,
        List<TableOption> options,
        SqlList optionList,
        boolean like,
        int asQuery,
        int clauseEnd,
        int end) {

    /** What an element of the column list is. */
    enum ElementKind {
        COLUMN,
        PRIMARY_KEY,
        WATERMARK,
        OTHER
    }

    /**
     * One element of the column list.
     *
     * @param kind what it is
     * @param span where it is written, without its comma
     * @param name the column's name (for a watermark: its time column), or "" for others
     * @param keyColumns the primary key columns of a key constraint or of a column declared {@code
     *     PRIMARY KEY}
     * @param inlineKey the span of {@code [CONSTRAINT c] PRIMARY KEY [NOT ENFORCED]} inside a
     *     column definition, or null
     */
    record Element(
            ElementKind kind, Span span, String name, List<String> keyColumns, Span inlineKey) {
        Element {
            keyColumns = List.copyOf(keyColumns);
        }
    }

    /**
     * A clause with a column list.
     *
     * @param span from its first keyword to its last token
     * @param columns the columns it names
     */
    record Clause(Span span, List<String> columns) {
        Clause {
            columns = List.copyOf(columns);
        }
    }

    /**
     * One {@code 'key' = 'value'} entry of a {@code WITH} clause.
     *
     * @param key the key, unquoted
     * @param value the value, unquoted
     * @param valueSpan where the value's literal is written
     */
    record TableOption(String key, String value, Span valueSpan) {}

    CreateTable {
        elements = elements == null ? null : List.copyOf(elements);
        options = List.copyOf(options);
    }

    /** The option of this key (keys compare without case), if present. */
    Optional<TableOption> option(String key) {
        return options.stream().filter(o -> o.key().equalsIgnoreCase(key)).findFirst();
    }

    /** The value of an option in lower case, or "" when the option is absent. */
    String optionValue(String key) {
        return option(key).map(o -> o.value().trim().toLowerCase(Locale.ROOT)).orElse("");
    }

    /** The primary key columns, from a constraint or a column declared {@code PRIMARY KEY}. */
    List<String> primaryKey() {
        if (elements == null) {
            return List.of();
        }
        return elements.stream()
                .filter(e -> !e.keyColumns().isEmpty())
                .findFirst()
                .map(Element::keyColumns)
                .orElse(List.of());
    }

    /** Whether a column of this exact name is declared. */
    boolean hasColumn(String column) {
        return elements != null
                && elements.stream()
                        .anyMatch(e -> e.kind() == ElementKind.COLUMN && e.name().equals(column));
    }

    /** Whether the column list declares a watermark. */
    boolean hasWatermark() {
        return elements != null
                && elements.stream().anyMatch(e -> e.kind() == ElementKind.WATERMARK);
    }

    /** Whether this is a {@code CREATE TABLE ... AS SELECT}. */
    boolean isCtas() {
        return asQuery >= 0;
    }
}

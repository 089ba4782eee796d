package io.shiftleft.pipeline.adapt;

import io.shiftleft.pipeline.adapt.CreateTable.Clause;
import io.shiftleft.pipeline.adapt.CreateTable.Element;
import io.shiftleft.pipeline.adapt.CreateTable.ElementKind;
import io.shiftleft.pipeline.adapt.CreateTable.TableOption;
import io.shiftleft.pipeline.sql.TableName;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the {@code CREATE TABLE} statements of a SQL text and where their parts are, from tokens:
 * the grammar of Flink 2.2 plus Confluent Cloud's (the same clauses, in the same order). A
 * statement of another kind, or one whose shape it does not recognise, is skipped: rules then leave
 * it as written.
 */
final class CreateTableParser {

    private final List<SqlToken> tokens;
    private int i;

    private CreateTableParser(List<SqlToken> tokens) {
        this.tokens = tokens;
    }

    /** The {@code CREATE TABLE} statements of {@code sql}, in order. */
    static List<CreateTable> find(String sql) {
        List<CreateTable> found = new ArrayList<>();
        for (List<SqlToken> statement : SqlStatements.split(SqlToken.tokenize(sql))) {
            CreateTable table = parse(statement);
            if (table != null) {
                found.add(table);
            }
        }
        return found;
    }

    /** The statement as a {@code CREATE TABLE}, or null when it is none or is not understood. */
    static CreateTable parse(List<SqlToken> statement) {
        try {
            return new CreateTableParser(statement).statement();
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            return null; // a shape this reader does not know: rules leave it as written
        }
    }

    private CreateTable statement() {
        if (!word("CREATE")) {
            return null;
        }
        if (word("OR") && !word("REPLACE")) {
            return null;
        }
        word("TEMPORARY");
        if (!word("TABLE")) {
            return null;
        }
        if (peek().isWord("IF")) {
            i += 3; // IF NOT EXISTS
        }
        int nameStart = i;
        List<String> parts = new ArrayList<>();
        parts.add(identifier());
        while (i < tokens.size() && peek().isSymbol(".")) {
            i++;
            parts.add(identifier());
        }
        Span nameSpan = Span.of(tokens.get(nameStart), tokens.get(i - 1));
        int clauseEnd = tokens.get(i - 1).end();
        List<Element> elements = null;
        SqlList elementList = null;
        if (more() && peek().isSymbol("(")) {
            int open = i;
            int close = closing(open);
            elementList = SqlList.split(tokens, open, close);
            elements = elements(open, close, elementList);
            i = close + 1;
            clauseEnd = tokens.get(close).end();
        }
        Clause distribution = null;
        Clause partitioning = null;
        Span with = null;
        List<TableOption> options = List.of();
        SqlList optionList = null;
        boolean like = false;
        int asQuery = -1;
        while (more() && asQuery < 0 && !like) {
            SqlToken t = peek();
            if (t.isWord("COMMENT")) {
                i += 2;
                clauseEnd = tokens.get(i - 1).end();
            } else if (t.isWord("DISTRIBUTED")) {
                distribution = distribution();
                clauseEnd = distribution.span().end();
            } else if (t.isWord("PARTITIONED")) {
                int start = i;
                i += 2; // PARTITIONED BY
                List<String> columns = columnList();
                partitioning = new Clause(Span.of(tokens.get(start), tokens.get(i - 1)), columns);
                clauseEnd = partitioning.span().end();
            } else if (t.isWord("WITH")) {
                int start = i;
                int open = i + 1;
                int close = closing(open);
                optionList = SqlList.split(tokens, open, close);
                options = options(open, close);
                with = Span.of(tokens.get(start), tokens.get(close));
                i = close + 1;
                clauseEnd = tokens.get(close).end();
            } else if (t.isWord("LIKE")) {
                like = true;
            } else if (t.isWord("AS")) {
                asQuery = t.start();
            } else {
                return null;
            }
        }
        int end = tokens.get(tokens.size() - 1).end();
        return new CreateTable(
                TableName.of(parts),
                nameSpan,
                elements,
                elementList,
                distribution,
                partitioning,
                with,
                options,
                optionList,
                like,
                asQuery,
                clauseEnd,
                end);
    }

    private List<Element> elements(int open, int close, SqlList list) {
        List<Element> elements = new ArrayList<>();
        int from = open + 1;
        for (Span span : list.items()) {
            int first = indexAt(span.start(), from);
            int last = indexAt(span.end() - 1, first);
            elements.add(element(first, last, span));
            from = last + 1;
        }
        return elements;
    }

    private Element element(int first, int last, Span span) {
        SqlToken head = tokens.get(first);
        if (head.isWord("CONSTRAINT") || head.isWord("PRIMARY")) {
            i = head.isWord("CONSTRAINT") ? first + 2 : first;
            i += 2; // PRIMARY KEY
            return new Element(ElementKind.PRIMARY_KEY, span, "", columnList(), null);
        }
        if (head.isWord("WATERMARK")) {
            String column = tokens.get(first + 2).text(); // WATERMARK FOR column
            return new Element(ElementKind.WATERMARK, span, column, List.of(), null);
        }
        if (!head.isIdentifier()) {
            return new Element(ElementKind.OTHER, span, "", List.of(), null);
        }
        int depth = 0;
        for (int k = first + 1; k <= last; k++) {
            SqlToken t = tokens.get(k);
            depth += t.isSymbol("(") ? 1 : t.isSymbol(")") ? -1 : 0;
            if (depth == 0 && t.isWord("PRIMARY")) {
                int start = tokens.get(k - 2).isWord("CONSTRAINT") ? k - 2 : k;
                int stop = k + 1; // KEY
                if (stop + 2 <= last && tokens.get(stop + 1).isWord("NOT")) {
                    stop += 2; // NOT ENFORCED
                }
                Span key = Span.of(tokens.get(start), tokens.get(stop));
                return new Element(
                        ElementKind.COLUMN, span, head.text(), List.of(head.text()), key);
            }
        }
        return new Element(ElementKind.COLUMN, span, head.text(), List.of(), null);
    }

    private Clause distribution() {
        int start = i;
        i++; // DISTRIBUTED
        List<String> columns = List.of();
        if (peek().isWord("BY")) {
            i++;
            if (peek().isWord("HASH") || peek().isWord("RANGE")) {
                i++;
            }
            columns = columnList();
        }
        if (more() && peek().isWord("INTO")) {
            i += 3; // INTO n BUCKETS
        }
        return new Clause(Span.of(tokens.get(start), tokens.get(i - 1)), columns);
    }

    private List<TableOption> options(int open, int close) {
        List<TableOption> options = new ArrayList<>();
        int k = open + 1;
        while (k < close) {
            SqlToken key = tokens.get(k);
            SqlToken value = tokens.get(k + 2);
            if (key.kind() != SqlToken.Kind.STRING
                    || !tokens.get(k + 1).isSymbol("=")
                    || value.kind() != SqlToken.Kind.STRING) {
                throw new IllegalArgumentException("not a 'key' = 'value' option");
            }
            options.add(new TableOption(key.text(), value.text(), Span.of(value, value)));
            k += 3;
            if (k < close && !tokens.get(k++).isSymbol(",")) {
                throw new IllegalArgumentException("options not separated by commas");
            }
        }
        return options;
    }

    /** {@code ( a, b )} at the cursor: the names, the cursor moved past it. */
    private List<String> columnList() {
        int close = closing(i);
        List<String> columns = new ArrayList<>();
        for (int k = i + 1; k < close; k++) {
            if (tokens.get(k).isIdentifier()) {
                columns.add(tokens.get(k).text());
            }
        }
        i = close + 1;
        return columns;
    }

    private int closing(int open) {
        if (!tokens.get(open).isSymbol("(")) {
            throw new IllegalArgumentException("expected (");
        }
        int depth = 0;
        for (int k = open; k < tokens.size(); k++) {
            depth += tokens.get(k).isSymbol("(") ? 1 : tokens.get(k).isSymbol(")") ? -1 : 0;
            if (depth == 0) {
                return k;
            }
        }
        throw new IllegalArgumentException("unclosed (");
    }

    private int indexAt(int offset, int from) {
        for (int k = from; k < tokens.size(); k++) {
            if (tokens.get(k).start() <= offset && offset < tokens.get(k).end()) {
                return k;
            }
        }
        throw new IllegalArgumentException("no token at " + offset);
    }

    private String identifier() {
        SqlToken t = tokens.get(i++);
        if (!t.isIdentifier()) {
            throw new IllegalArgumentException("expected a name");
        }
        return t.text();
    }

    private boolean word(String upper) {
        if (more() && peek().isWord(upper)) {
            i++;
            return true;
        }
        return false;
    }

    private SqlToken peek() {
        return tokens.get(i);
    }

    private boolean more() {
        return i < tokens.size();
    }
}

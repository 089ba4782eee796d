package io.shiftleft.bench.orchestration;

import io.shiftleft.pipeline.generate.GeneratorSettings;
import io.shiftleft.pipeline.generate.ProjectGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The project the bench deploys: {@link ProjectGenerator}'s, sized so that it has at least the
 * statements asked for (every generated table has a DDL and a DML), with two changes of layout
 * only, for the fake Confluent Cloud, which tells from a statement's text whether it completes
 * (CREATE, DROP …), runs (INSERT, CREATE TABLE AS …) or fails: the comments that open each SQL file
 * are taken out (the fake reads the first word), and in DDLs a line break goes before each {@code
 * AS} (see {@link #notLikeCtas}). Confluent Cloud itself accepts the files as generated.
 *
 * @param root the project's folder (it holds {@code pipelines/})
 * @param tables how many tables it has
 * @param sqlFiles how many DDL and DML files it has
 */
record BenchProject(Path root, int tables, long sqlFiles) {

    private static final Pattern AS = Pattern.compile(" ([Aa][Ss]) ");

    /** Generates into {@code root}, which must not exist yet or be empty. */
    static BenchProject generate(Path root, int statements, int products, long seed)
            throws IOException {
        int tables = Math.max(products, (statements + 1) / 2);
        for (int attempt = 1; ; attempt++) {
            new ProjectGenerator(new GeneratorSettings(tables, products, seed)).generate(root);
            List<Path> sql = sqlFiles(root);
            if (sql.size() >= statements || attempt == 3) {
                for (Path file : sql) {
                    String text = withoutLeadingComments(Files.readString(file));
                    if (file.getFileName().toString().startsWith("ddl.")) {
                        text = notLikeCtas(text);
                    }
                    Files.writeString(file, text, StandardCharsets.UTF_8);
                }
                return new BenchProject(root, tables, sql.size());
            }
            OrchestrationBench.delete(root);
            tables += (int) Math.ceil((statements - sql.size()) / 2.0);
        }
    }

    /** The SQL from its first keyword on: leading blanks, line and block comments removed. */
    static String withoutLeadingComments(String sql) {
        String s = sql;
        while (true) {
            String t = s.stripLeading();
            if (t.startsWith("--")) {
                int end = t.indexOf('\n');
                s = end < 0 ? "" : t.substring(end + 1);
            } else if (t.startsWith("/*")) {
                int end = t.indexOf("*/");
                s = end < 0 ? "" : t.substring(end + 2);
            } else {
                return t;
            }
        }
    }

    /**
     * The DDL with a line break before each {@code AS}: the fake takes a {@code CREATE TABLE} whose
     * text holds {@code " AS "} for a CREATE TABLE AS SELECT, which runs instead of completing, and
     * the generated DDLs have watermarks and computed columns ({@code WATERMARK FOR ts AS …}).
     */
    static String notLikeCtas(String ddl) {
        return AS.matcher(ddl).replaceAll("\n$1 ");
    }

    private static List<Path> sqlFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root.resolve("pipelines"))) {
            return files.filter(
                            f -> {
                                String n = f.getFileName().toString();
                                return n.endsWith(".sql")
                                        && (n.startsWith("ddl.") || n.startsWith("dml."));
                            })
                    .toList();
        }
    }
}

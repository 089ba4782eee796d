package io.shiftleft.monitor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A two-table project in shift_left's layout, product {@code shop}: {@code fct_b} reads {@code
 * src_a}. Under environment {@code ccf} (region us-west-2) its DML statements are {@link #PARENT}
 * and {@link #CHILD}.
 */
final class ShopProject {

    static final String PARENT = "ccf-usw2-shop-dml-src-a";
    static final String CHILD = "ccf-usw2-shop-dml-fct-b";

    private ShopProject() {}

    /** Writes the project under the folder and answers the folder. */
    static Path write(Path root) throws IOException {
        table(
                root.resolve("pipelines/sources/shop/src_a"),
                "src_a",
                "CREATE TABLE IF NOT EXISTS src_a (id INT)",
                "INSERT INTO src_a SELECT id FROM raw_a");
        table(
                root.resolve("pipelines/facts/shop/fct_b"),
                "fct_b",
                "CREATE TABLE IF NOT EXISTS fct_b (id INT)",
                "INSERT INTO fct_b SELECT id FROM src_a");
        return root;
    }

    private static void table(Path folder, String name, String ddl, String dml) throws IOException {
        Path scripts = Files.createDirectories(folder.resolve("sql-scripts"));
        Files.writeString(scripts.resolve("ddl." + name + ".sql"), ddl + ";\n");
        Files.writeString(scripts.resolve("dml." + name + ".sql"), dml + ";\n");
    }
}

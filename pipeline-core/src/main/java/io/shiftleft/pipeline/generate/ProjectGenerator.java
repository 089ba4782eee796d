package io.shiftleft.pipeline.generate;

import io.shiftleft.pipeline.model.TableType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Writes a realistic project in shift_left's layout, for benchmarks and tests: N tables over P
 * products in the layers sources, intermediates (three tiers), dimensions, facts and a few views,
 * forming a layered DAG where each table reads one to three tables of lower levels, mostly of its
 * own product (about {@value #CROSS_PRODUCT_PERCENT} % of the links cross products). Sources read
 * raw topics declared in {@code pipelines/seeds/external_tables.json}.
 *
 * <p>Deterministic: the same {@link GeneratorSettings} always give the same files, byte for byte (a
 * {@link Random} with the seed decides the graph; each table's text gets a {@link Random} of its
 * own, derived from the seed and the table's position).
 *
 * <p>The SQL is what Flink accepts: upsert DDLs with primary keys, watermarks and {@code
 * DISTRIBUTED BY}; DMLs with CTEs, regular, LEFT and temporal joins ({@code FOR SYSTEM_TIME AS
 * OF}), {@code GROUP BY}, window TVFs, {@code ROW_NUMBER()} deduplication, {@code UNION ALL},
 * string literals and comments that mention tables that are not read. Some DMLs have a sibling
 * {@code .properties} file and every table folder a Makefile, as shift_left's table skeleton has.
 */
public final class ProjectGenerator {

    /** Share of parent links that cross products, in percent. */
    static final int CROSS_PRODUCT_PERCENT = 8;

    static final int SOURCE_LEVEL = 0;
    static final int DIMENSION_LEVEL = 4;
    static final int FACT_LEVEL = 5;
    static final int VIEW_LEVEL = 6;
    private static final int LEVELS = 7;

    private static final String[] PRODUCT_NAMES = {
        "orders", "customers", "payments", "billing", "shipping",
        "inventory", "catalog", "marketing", "loyalty", "fraud",
        "risk", "pricing", "returns", "support", "supply",
        "finance", "ads", "search", "reviews", "sessions"
    };

    private static final String[] ENTITIES = {
        "order",
        "payment",
        "shipment",
        "invoice",
        "refund",
        "customer",
        "account",
        "session",
        "click",
        "cart",
        "product",
        "price",
        "stock",
        "ticket",
        "review",
        "campaign",
        "coupon",
        "subscription",
        "device",
        "address",
        "transfer",
        "ledger",
        "claim",
        "policy",
        "booking",
        "visit",
        "lead",
        "quote",
        "contract",
        "delivery"
    };

    private final GeneratorSettings settings;

    public ProjectGenerator(GeneratorSettings settings) {
        this.settings = settings;
    }

    /**
     * The names of {@code count} products: {@code orders, customers, …}, then {@code orders_2…}.
     */
    public static List<String> productNames(int count) {
        List<String> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String base = PRODUCT_NAMES[i % PRODUCT_NAMES.length];
            int round = i / PRODUCT_NAMES.length;
            names.add(round == 0 ? base : base + "_" + (round + 1));
        }
        return names;
    }

    /**
     * How many tables each level gets: about 20 % sources, 12 % dimensions, 15 % facts, 3 % views
     * (none below 30 tables) and the rest intermediates over three tiers.
     */
    static int[] levelSizes(int tables) {
        int sources = Math.max(1, tables * 20 / 100);
        int views = tables >= 30 ? Math.max(1, tables * 3 / 100) : 0;
        int dimensions = tables * 12 / 100;
        int facts = tables * 15 / 100;
        int intermediates = tables - sources - views - dimensions - facts;
        int tier1 = (intermediates * 40 + 99) / 100;
        int tier2 = ((intermediates - tier1) * 55 + 99) / 100;
        int tier3 = intermediates - tier1 - tier2;
        return new int[] {sources, tier1, tier2, tier3, dimensions, facts, views};
    }

    /** The project these settings describe, without writing anything. */
    public GeneratedProject model() {
        return new Planner(settings).plan();
    }

    /**
     * Writes the project into {@code root} (created if needed) and returns what it wrote.
     *
     * @throws IllegalArgumentException when {@code root} already has a {@code pipelines} folder
     * @throws UncheckedIOException when a file cannot be written
     */
    public GeneratedProject generate(Path root) {
        Path pipelines = root.resolve("pipelines");
        if (Files.exists(pipelines)) {
            throw new IllegalArgumentException(
                    pipelines + " already exists: generate into a new or empty folder");
        }
        GeneratedProject project = model();
        try {
            Files.createDirectories(pipelines);
            write(
                    pipelines.resolve("common.mk"),
                    "# Targets shared by every table's Makefile (shift_left's common.mk).\n"
                            + "ENV_NAME ?= dev\n");
            write(
                    pipelines.resolve("seeds").resolve("external_tables.json"),
                    externalTablesJson(project.externals()));
            List<GeneratedTable> tables = project.tables();
            for (int i = 0; i < tables.size(); i++) {
                writeTable(root, tables.get(i), new Random(tableSeed(i)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the project into " + root, e);
        }
        return project;
    }

    private long tableSeed(int index) {
        return settings.seed() * 0x9E3779B97F4A7C15L + index;
    }

    private void writeTable(Path root, GeneratedTable table, Random rng) throws IOException {
        Path folder = root.resolve(table.folder());
        Path scripts = folder.resolve("sql-scripts");
        Files.createDirectories(scripts);
        write(folder.resolve("Makefile"), SqlTemplates.makefile(table));
        write(
                scripts.resolve("ddl." + table.name() + ".sql"),
                SqlTemplates.ddl(table, settings.seed(), rng));
        write(
                scripts.resolve("dml." + table.name() + ".sql"),
                SqlTemplates.dml(table, settings.seed(), rng));
        if (table.properties()) {
            write(
                    scripts.resolve("dml." + table.name() + ".properties"),
                    SqlTemplates.properties(table, rng));
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    private static String externalTablesJson(List<GeneratedProject.ExternalTopic> externals) {
        StringBuilder json = new StringBuilder("{\n  \"tables\": [");
        for (int i = 0; i < externals.size(); i++) {
            GeneratedProject.ExternalTopic e = externals.get(i);
            json.append(i == 0 ? "\n" : ",\n")
                    .append("    {\"table_name\": \"")
                    .append(e.tableName())
                    .append("\", \"kafka_topic\": \"")
                    .append(e.kafkaTopic())
                    .append("\", \"product_name\": \"")
                    .append(e.product())
                    .append("\"}");
        }
        return json.append("\n  ]\n}\n").toString();
    }

    /** Decides the tables, their products, shapes and parents, level by level. */
    private static final class Planner {
        private final GeneratorSettings settings;
        private final Random rng;
        private final List<String> products;

        /** Tables by level, and by level and product. */
        private final List<List<String>> byLevel = new ArrayList<>();

        private final List<Map<String, List<String>>> byLevelAndProduct = new ArrayList<>();
        private final List<GeneratedTable> tables = new ArrayList<>();
        private final List<GeneratedProject.ExternalTopic> externals = new ArrayList<>();

        Planner(GeneratorSettings settings) {
            this.settings = settings;
            this.rng = new Random(settings.seed());
            this.products = productNames(settings.products());
            for (int level = 0; level < LEVELS; level++) {
                byLevel.add(new ArrayList<>());
                byLevelAndProduct.add(new HashMap<>());
            }
        }

        GeneratedProject plan() {
            int[] sizes = levelSizes(settings.tables());
            int index = 0;
            for (int level = 0; level < LEVELS; level++) {
                for (int j = 0; j < sizes[level]; j++) {
                    String product = products.get(index % products.size());
                    GeneratedTable table = table(index, level, product);
                    tables.add(table);
                    byLevel.get(level).add(table.name());
                    byLevelAndProduct
                            .get(level)
                            .computeIfAbsent(product, p -> new ArrayList<>())
                            .add(table.name());
                    index++;
                }
            }
            return new GeneratedProject(settings, tables, externals);
        }

        private GeneratedTable table(int index, int level, String product) {
            String entity = ENTITIES[rng.nextInt(ENTITIES.length)] + "_" + index;
            TableType type = typeOf(level);
            String name =
                    switch (type) {
                        case SOURCE -> "src_" + product + "_" + entity;
                        case INTERMEDIATE -> "int_" + product + "_" + entity;
                        case DIMENSION -> product + "_dim_" + entity;
                        case FACT -> product + "_fct_" + entity;
                        default -> product + "_mv_" + entity;
                    };
            String folderName =
                    switch (type) {
                        case SOURCE -> "src_" + entity;
                        case INTERMEDIATE -> entity;
                        case DIMENSION -> "dim_" + entity;
                        case FACT -> "fct_" + entity;
                        default -> "mv_" + entity;
                    };
            String folder = "pipelines/" + layerFolder(type) + "/" + product + "/" + folderName;
            SqlShape shape = shape(level);
            List<String> parents;
            if (level == SOURCE_LEVEL) {
                String raw = "raw_" + product + "_" + entity;
                externals.add(
                        new GeneratedProject.ExternalTopic(
                                raw, product + ".raw." + entity + ".v1", product));
                parents = List.of(raw);
            } else {
                parents = parents(level, product, shape);
                while (parents == null) {
                    shape = simpler(shape, level);
                    parents = parents(level, product, shape);
                }
            }
            boolean properties = shape.stateful() && rng.nextInt(4) == 0;
            return new GeneratedTable(
                    name, product, type, level, folder, parents, shape, properties);
        }

        private SqlShape shape(int level) {
            int r = rng.nextInt(100);
            return switch (level) {
                case SOURCE_LEVEL -> r < 70 ? SqlShape.PROJECTION : SqlShape.DEDUP;
                case DIMENSION_LEVEL ->
                        r < 40
                                ? SqlShape.AGGREGATE
                                : r < 80 ? SqlShape.JOIN_AGGREGATE : SqlShape.DEDUP;
                case FACT_LEVEL ->
                        r < 35
                                ? SqlShape.WINDOW
                                : r < 70 ? SqlShape.TEMPORAL_JOIN : SqlShape.CTE_TEMPORAL_JOIN;
                case VIEW_LEVEL -> r < 50 ? SqlShape.AGGREGATE : SqlShape.JOIN_AGGREGATE;
                default ->
                        r < 25
                                ? SqlShape.CTE_FILTER
                                : r < 45
                                        ? SqlShape.JOIN
                                        : r < 65
                                                ? SqlShape.LEFT_JOIN
                                                : r < 75
                                                        ? SqlShape.AGGREGATE
                                                        : r < 85
                                                                ? SqlShape.UNION_AGGREGATE
                                                                : SqlShape.CTE_JOINS;
            };
        }

        /** A shape that needs fewer (or no dimension) parents, when the lower levels are thin. */
        private static SqlShape simpler(SqlShape shape, int level) {
            return switch (shape) {
                case CTE_TEMPORAL_JOIN -> SqlShape.CTE_JOINS;
                case TEMPORAL_JOIN -> SqlShape.LEFT_JOIN;
                case CTE_JOINS -> SqlShape.JOIN;
                case JOIN, LEFT_JOIN, UNION_AGGREGATE, JOIN_AGGREGATE ->
                        level == FACT_LEVEL ? SqlShape.WINDOW : SqlShape.AGGREGATE;
                default ->
                        throw new IllegalStateException(
                                "a table of level " + level + " has nothing to read");
            };
        }

        /**
         * The parents of a table: the first from the level right below (the main input), the others
         * from any lower level the layer reads; a temporal join's last parent is a dimension. Null
         * when the lower levels have too few tables.
         */
        private List<String> parents(int level, String product, SqlShape shape) {
            int[] main;
            int[] others;
            if (level <= 3) {
                main = new int[] {level - 1};
                others = range(0, level);
            } else if (level == DIMENSION_LEVEL) {
                main = new int[] {1, 2, 3};
                others = new int[] {0, 1, 2, 3};
            } else if (level == FACT_LEVEL) {
                main = new int[] {1, 2, 3};
                others = new int[] {1, 2, 3};
            } else {
                main = new int[] {FACT_LEVEL};
                others = new int[] {DIMENSION_LEVEL, FACT_LEVEL};
            }
            Set<String> chosen = new LinkedHashSet<>();
            String first = pick(main, product, chosen);
            if (first == null) {
                first = pick(range(0, level), product, chosen);
            }
            if (first == null) {
                return null;
            }
            chosen.add(first);
            int plain = shape.temporal() ? shape.parents() - 2 : shape.parents() - 1;
            for (int i = 0; i < plain; i++) {
                String next = pick(others, product, chosen);
                if (next == null) {
                    next = pick(range(0, level), product, chosen);
                }
                if (next == null) {
                    return null;
                }
                chosen.add(next);
            }
            if (shape.temporal()) {
                String dimension = pick(new int[] {DIMENSION_LEVEL}, product, chosen);
                if (dimension == null) {
                    return null;
                }
                chosen.add(dimension);
            }
            return new ArrayList<>(chosen);
        }

        /**
         * A random table of the levels, not yet taken: of the product, except for {@value
         * #CROSS_PRODUCT_PERCENT} % of the picks (or when the product has none there).
         */
        private String pick(int[] levels, String product, Set<String> taken) {
            boolean sameProduct = rng.nextInt(100) >= CROSS_PRODUCT_PERCENT;
            String picked = sameProduct ? pickFrom(levels, product, taken) : null;
            return picked != null ? picked : pickFrom(levels, null, taken);
        }

        private String pickFrom(int[] levels, String product, Set<String> taken) {
            List<List<String>> pools = new ArrayList<>();
            int total = 0;
            for (int level : levels) {
                List<String> pool =
                        product == null
                                ? byLevel.get(level)
                                : byLevelAndProduct.get(level).getOrDefault(product, List.of());
                pools.add(pool);
                total += pool.size();
            }
            if (total == 0) {
                return null;
            }
            for (int attempt = 0; attempt < 8; attempt++) {
                String candidate = at(pools, rng.nextInt(total));
                if (!taken.contains(candidate)) {
                    return candidate;
                }
            }
            Set<String> seen = new HashSet<>(taken);
            for (List<String> pool : pools) {
                for (String candidate : pool) {
                    if (seen.add(candidate)) {
                        return candidate;
                    }
                }
            }
            return null;
        }

        private static String at(List<List<String>> pools, int index) {
            for (List<String> pool : pools) {
                if (index < pool.size()) {
                    return pool.get(index);
                }
                index -= pool.size();
            }
            throw new IndexOutOfBoundsException(index);
        }

        private static int[] range(int from, int to) {
            int[] levels = new int[to - from];
            for (int i = 0; i < levels.length; i++) {
                levels[i] = from + i;
            }
            return levels;
        }
    }

    static TableType typeOf(int level) {
        return switch (level) {
            case SOURCE_LEVEL -> TableType.SOURCE;
            case DIMENSION_LEVEL -> TableType.DIMENSION;
            case FACT_LEVEL -> TableType.FACT;
            case VIEW_LEVEL -> TableType.VIEW;
            default -> TableType.INTERMEDIATE;
        };
    }

    private static String layerFolder(TableType type) {
        return switch (type) {
            case SOURCE -> "sources";
            case INTERMEDIATE -> "intermediates";
            case DIMENSION -> "dimensions";
            case FACT -> "facts";
            default -> "views";
        };
    }
}

package io.shiftleft.pipeline.plan;

import java.util.List;
import java.util.Objects;

/** What a plan is asked for: one table, a product, a folder of the project, or a list of tables. */
public sealed interface PlanScope {

    /** Redeploy one table, start its missing ancestors. */
    record Table(String tableName) implements PlanScope {
        public Table {
            Objects.requireNonNull(tableName, "tableName");
        }
    }

    /** Make every table of a product run. */
    record Product(String productName) implements PlanScope {
        public Product {
            Objects.requireNonNull(productName, "productName");
        }
    }

    /**
     * Make every table under a folder run. The folder is relative to the project, with or without
     * the leading {@code pipelines/} segment.
     */
    record Directory(String folder) implements PlanScope {
        public Directory {
            Objects.requireNonNull(folder, "folder");
        }
    }

    /** Redeploy each listed table, start their missing ancestors. */
    record TableList(List<String> tableNames) implements PlanScope {
        public TableList {
            tableNames = List.copyOf(tableNames);
        }
    }
}

package io.shiftleft.monitor.catalog;

import java.util.List;

/** Where the catalog keeps the statements shift-left deployed. */
public interface CatalogStore {

    /** Every statement of the environment the catalog knows, deleted ones included. */
    List<CatalogEntry> entries(String environment);

    /** Inserts or replaces the entry of the same environment and statement. */
    void save(CatalogEntry entry);
}

package io.shiftleft.pipeline.generate;

/**
 * What {@link ProjectGenerator} makes.
 *
 * @param tables how many table folders (sources, intermediates, dimensions, facts and views), at
 *     least 1
 * @param products how many data products the tables are spread over, between 1 and {@code tables}
 * @param seed the seed of every random choice: the same settings always give the same bytes
 */
public record GeneratorSettings(int tables, int products, long seed) {

    public GeneratorSettings {
        if (tables < 1) {
            throw new IllegalArgumentException("tables must be at least 1, not " + tables);
        }
        if (products < 1 || products > tables) {
            throw new IllegalArgumentException(
                    "products must be between 1 and the number of tables ("
                            + tables
                            + "), not "
                            + products);
        }
    }
}

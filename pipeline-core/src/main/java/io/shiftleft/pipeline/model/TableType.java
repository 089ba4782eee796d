package io.shiftleft.pipeline.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The kind of a table, decided by the layer folder right under {@code pipelines/}. The JSON names
 * are those shift_left writes in {@code inventory.json} and {@code pipeline_definition.json}.
 */
public enum TableType {
    SOURCE("source"),
    INTERMEDIATE("intermediate"),
    FACT("fact"),
    DIMENSION("dimension"),
    VIEW("view"),
    SEED("seed"),
    DEAD_LETTER("dead_letter"),
    /** A pre-provisioned topic: a parent that is never deployed. */
    EXTERNAL_KAFKA("external_kafka"),
    UNKNOWN("unknown-type");

    private final String jsonName;

    TableType(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The name shift_left uses in its JSON files. */
    public String jsonName() {
        return jsonName;
    }

    /** The type of a JSON name, if it is one. */
    public static Optional<TableType> fromJsonName(String name) {
        for (TableType type : values()) {
            if (type.jsonName.equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /**
     * The type of a layer folder name (the segment right under {@code pipelines/}): {@code
     * sources}, {@code intermediates} (or the legacy {@code stage}), {@code facts}, {@code
     * dimensions}, {@code views}, {@code seeds}, {@code dead_letter}; anything else is {@link
     * #UNKNOWN}.
     */
    public static TableType fromLayerFolder(String folder) {
        return switch (folder.toLowerCase(Locale.ROOT)) {
            case "sources" -> SOURCE;
            case "intermediates", "stage" -> INTERMEDIATE;
            case "facts" -> FACT;
            case "dimensions" -> DIMENSION;
            case "views" -> VIEW;
            case "seeds" -> SEED;
            case "dead_letter" -> DEAD_LETTER;
            default -> UNKNOWN;
        };
    }
}

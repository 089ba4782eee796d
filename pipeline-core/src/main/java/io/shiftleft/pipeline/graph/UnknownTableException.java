package io.shiftleft.pipeline.graph;

/** A table name that the project does not define. */
public class UnknownTableException extends RuntimeException {

    private final String tableName;

    public UnknownTableException(String tableName, String context) {
        super("Unknown table '" + tableName + "'" + (context == null ? "" : " " + context));
        this.tableName = tableName;
    }

    public String tableName() {
        return tableName;
    }
}

package io.shiftleft.schemas.serde;

/** A schema-registry call that failed, with a machine-readable {@link Reason}. */
public class SchemaRegistryException extends RuntimeException {

    /** Why a registry call failed. */
    public enum Reason {
        /** No registry answered at any configured URL. */
        UNREACHABLE,
        /** The registry knows no schema with the requested id. */
        UNKNOWN_SCHEMA_ID,
        /** The subject, or the schema under it, is not registered. */
        UNKNOWN_SUBJECT,
        /** The registry refused the schema as incompatible with the subject's earlier versions. */
        INCOMPATIBLE_SCHEMA,
        /** The registry refused the schema as invalid. */
        INVALID_SCHEMA,
        /** The credentials were missing or refused. */
        UNAUTHORIZED,
        /** Any other error answer. */
        REGISTRY_ERROR
    }

    private final Reason reason;
    private final int httpStatus;
    private final int errorCode;

    public SchemaRegistryException(
            Reason reason, String message, int httpStatus, int errorCode, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
    }

    public Reason reason() {
        return reason;
    }

    /** HTTP status of the failed call, or 0 when nothing answered. */
    public int httpStatus() {
        return httpStatus;
    }

    /** The registry's {@code error_code}, or 0 when it sent none. */
    public int errorCode() {
        return errorCode;
    }
}

package io.shiftleft.platform;

import java.util.Objects;
import java.util.Optional;

/**
 * How to resume a stopped statement: on another compute pool or as another principal (Confluent
 * Cloud, changed in the same update as {@code spec.stopped=false}); both empty keeps them.
 */
public record ResumeOptions(Optional<String> computePoolId, Optional<String> principal) {

    public ResumeOptions {
        Objects.requireNonNull(computePoolId, "computePoolId");
        Objects.requireNonNull(principal, "principal");
    }

    public static ResumeOptions unchanged() {
        return new ResumeOptions(Optional.empty(), Optional.empty());
    }
}

package io.shiftleft.notifier.alert;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where silences are kept. */
public interface SilenceStore {

    /** Stores a silence; one with a deployment key that exists already is skipped. */
    void insert(Silence silence);

    /** The silence, if it exists. */
    Optional<Silence> find(UUID id);

    /** Silences that end after that moment (active and pending), or all of them. */
    List<Silence> list(Instant endingAfter);

    /** Ends a silence at that moment if it ends later; whether it exists. */
    boolean endAt(UUID id, Instant at);

    /** Ends the silence of a deployment at that moment if it ends later. */
    void endDeployment(String deploymentKey, Instant at);
}

package io.shiftleft.monitor.tracking;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** The in-memory state of each environment, read from the store at first use. */
@Component
class TrackingStates {

    private final TrackingStore store;
    private final Map<String, TrackingState> states = new ConcurrentHashMap<>();

    TrackingStates(TrackingStore store) {
        this.store = store;
    }

    TrackingStore store() {
        return store;
    }

    /** The environment's state, loaded if it was not yet. */
    TrackingState of(String environment) {
        TrackingState state = states.computeIfAbsent(environment, e -> new TrackingState());
        if (!state.loaded) {
            state.lock.lock();
            try {
                if (!state.loaded) {
                    state.load(store, environment);
                }
            } finally {
                state.lock.unlock();
            }
        }
        return state;
    }
}

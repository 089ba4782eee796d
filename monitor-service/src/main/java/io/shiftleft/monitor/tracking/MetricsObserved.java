package io.shiftleft.monitor.tracking;

import java.util.Map;

/**
 * Metrics sampled for statements of an environment (published after the lag changes they caused
 * committed).
 *
 * @param environment the environment
 * @param gauges the new values, by statement name
 */
public record MetricsObserved(String environment, Map<String, Gauges> gauges) {

    public MetricsObserved {
        gauges = Map.copyOf(gauges);
    }
}

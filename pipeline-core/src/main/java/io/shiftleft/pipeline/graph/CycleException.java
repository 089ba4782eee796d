package io.shiftleft.pipeline.graph;

import java.util.List;

/** The table graph has a cycle; the message prints it as {@code a -> b -> c -> a}. */
public class CycleException extends RuntimeException {

    private final List<String> cycle;

    public CycleException(List<String> cycle) {
        super("The table graph has a cycle: " + String.join(" -> ", cycle));
        this.cycle = List.copyOf(cycle);
    }

    /** The tables of the cycle, the first repeated at the end. */
    public List<String> cycle() {
        return cycle;
    }
}

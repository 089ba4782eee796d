package io.shiftleft.monitor.platform;

import io.shiftleft.platform.StatementFilter;
import io.shiftleft.platform.StatementStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The statements of an environment the monitor manages: those carrying every configured label and,
 * when prefixes are configured, whose name starts with one of them. The platform filters what it
 * can (labels, a single prefix) in its one list call; the rest is filtered here.
 *
 * @param labels labels every managed statement carries
 * @param namePrefixes prefixes of managed statement names; empty: any name
 */
public record ManagedSelector(Map<String, String> labels, List<String> namePrefixes) {

    /** Every statement the platform lists. */
    public static final ManagedSelector ALL = new ManagedSelector(Map.of(), List.of());

    public ManagedSelector {
        labels = Map.copyOf(labels);
        namePrefixes = List.copyOf(namePrefixes);
    }

    /** The filter of the one list call per cycle. */
    public StatementFilter filter() {
        Optional<String> prefix =
                namePrefixes.size() == 1 ? Optional.of(namePrefixes.get(0)) : Optional.empty();
        return new StatementFilter(labels, prefix, Optional.empty());
    }

    /** Whether a listed statement is managed. */
    public boolean manages(StatementStatus status) {
        if (!status.labels().entrySet().containsAll(labels.entrySet())) {
            return false;
        }
        if (namePrefixes.isEmpty()) {
            return true;
        }
        for (String prefix : namePrefixes) {
            if (status.name().startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}

package io.shiftleft.notifier.event;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every event type a subscription may filter on, by source. The pipeline and deployment types come
 * from the wire contract (the schemas module), so a type added there is known here at once.
 */
public interface EventCatalog {

    /** The notifier's own event: it disabled an endpoint that kept failing or answered 410. */
    String ENDPOINT_DISABLED = "ENDPOINT_DISABLED";

    /** The known type names of each source. */
    Map<EventSource, Set<String>> types();

    /**
     * The canonical name of a type given as {@code STATEMENT_FAILED}, {@code statement_failed} or
     * {@code pipeline.statement_failed}, if it is known.
     */
    default Optional<String> canonical(String given) {
        if (given == null || given.isBlank()) {
            return Optional.empty();
        }
        String name = given.trim();
        int dot = name.indexOf('.');
        Optional<EventSource> source = Optional.empty();
        if (dot > 0) {
            String prefix = name.substring(0, dot).toUpperCase(Locale.ROOT);
            source =
                    java.util.Arrays.stream(EventSource.values())
                            .filter(s -> s.name().equals(prefix))
                            .findFirst();
            if (source.isEmpty()) {
                return Optional.empty();
            }
            name = name.substring(dot + 1);
        }
        String upper = name.toUpperCase(Locale.ROOT);
        for (Map.Entry<EventSource, Set<String>> e : types().entrySet()) {
            if ((source.isEmpty() || source.get() == e.getKey()) && e.getValue().contains(upper)) {
                return Optional.of(upper);
            }
        }
        return Optional.empty();
    }
}

package io.shiftleft.notifier.event.adapter.out.avro;

import io.shiftleft.notifier.event.EventCatalog;
import io.shiftleft.notifier.event.EventSource;
import io.shiftleft.schemas.avro.DeploymentEventType;
import io.shiftleft.schemas.avro.PipelineEventType;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@link EventCatalog} from the symbols of {@code PipelineEventType} and {@code
 * DeploymentEventType}.
 */
@Component
class AvroEventCatalog implements EventCatalog {

    private final Map<EventSource, Set<String>> types =
            Map.of(
                    EventSource.PIPELINE, names(PipelineEventType.values()),
                    EventSource.DEPLOYMENT, names(DeploymentEventType.values()),
                    EventSource.NOTIFIER, Set.of(ENDPOINT_DISABLED));

    @Override
    public Map<EventSource, Set<String>> types() {
        return types;
    }

    private static Set<String> names(Enum<?>[] values) {
        Set<String> names = new LinkedHashSet<>();
        Arrays.stream(values).map(Enum::name).filter(n -> !n.equals("UNKNOWN")).forEach(names::add);
        return Set.copyOf(names);
    }
}

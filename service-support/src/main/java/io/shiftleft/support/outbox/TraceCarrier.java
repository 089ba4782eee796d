package io.shiftleft.support.outbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Moves the trace context from the transaction that enqueues a message to the relay that publishes
 * it: the W3C {@code traceparent} (and {@code tracestate}) of the current span, and back.
 */
public interface TraceCarrier {

    /** No tracing: nothing is carried. */
    TraceCarrier NONE =
            new TraceCarrier() {
                @Override
                public Map<String, String> current() {
                    return Map.of();
                }

                @Override
                public <T> T within(Map<String, String> headers, String name, Supplier<T> work) {
                    return work.get();
                }
            };

    /** The current trace context as headers (empty without a current span). */
    Map<String, String> current();

    /** Runs {@code work} in a span that continues the trace the headers carry. */
    <T> T within(Map<String, String> headers, String name, Supplier<T> work);

    /** A carrier over Micrometer Tracing. */
    static TraceCarrier micrometer(
            io.micrometer.tracing.Tracer tracer, io.micrometer.tracing.propagation.Propagator p) {
        return new TraceCarrier() {
            @Override
            public Map<String, String> current() {
                io.micrometer.tracing.TraceContext context = tracer.currentTraceContext().context();
                Map<String, String> headers = new LinkedHashMap<>();
                if (context != null) {
                    p.inject(context, headers, Map::put);
                }
                return headers;
            }

            @Override
            public <T> T within(Map<String, String> headers, String name, Supplier<T> work) {
                if (headers.isEmpty()) {
                    return work.get();
                }
                io.micrometer.tracing.Span span = p.extract(headers, Map::get).name(name).start();
                try (io.micrometer.tracing.Tracer.SpanInScope scope = tracer.withSpan(span)) {
                    return work.get();
                } finally {
                    span.end();
                }
            }
        };
    }
}

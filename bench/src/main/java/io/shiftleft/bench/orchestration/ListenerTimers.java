package io.shiftleft.bench.orchestration;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * How long a service's Kafka listener spent on its records, from the timer Spring Kafka's
 * observation keeps ({@code spring_kafka_listener_seconds} on {@code /actuator/prometheus}): the
 * count and the total time of the records a listener handled, summed over its containers.
 *
 * @param count records handled
 * @param seconds time spent on them, in the listener (the service's transaction included)
 */
record ListenerTimers(long count, double seconds) {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** The listener's totals so far; zero when the service does not publish them. */
    static ListenerTimers scrape(URI service, String listenerId) {
        String text;
        try {
            text =
                    HTTP.send(
                                    HttpRequest.newBuilder(service.resolve("/actuator/prometheus"))
                                            .timeout(Duration.ofSeconds(10))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .body();
        } catch (IOException e) {
            return new ListenerTimers(0, 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ListenerTimers(0, 0);
        }
        long count = 0;
        double seconds = 0;
        String label = "spring_kafka_listener_id=\"" + listenerId;
        for (String line : text.split("\n")) {
            if (!line.contains(label)) {
                continue;
            }
            double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            if (line.startsWith("spring_kafka_listener_seconds_count{")) {
                count += (long) value;
            } else if (line.startsWith("spring_kafka_listener_seconds_sum{")) {
                seconds += value;
            }
        }
        return new ListenerTimers(count, seconds);
    }

    /** What happened between two scrapes. */
    ListenerTimers minus(ListenerTimers before) {
        return new ListenerTimers(count - before.count, seconds - before.seconds);
    }

    /** Mean time per record in milliseconds (NaN without records). */
    double meanMillis() {
        return count == 0 ? Double.NaN : seconds * 1000 / count;
    }
}

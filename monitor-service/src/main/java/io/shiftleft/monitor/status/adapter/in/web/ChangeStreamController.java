package io.shiftleft.monitor.status.adapter.in.web;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code GET /api/v1/changes}: a server-sent-events stream of statement changes and pipeline events
 * for the web console, optionally only of one environment or product.
 */
@RestController
class ChangeStreamController {

    private final ChangeStream stream;

    ChangeStreamController(ChangeStream stream) {
        this.stream = stream;
    }

    @GetMapping(path = "/api/v1/changes", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter changes(
            @RequestParam(required = false) String environment,
            @RequestParam(required = false) String product) {
        return stream.subscribe(environment, product);
    }
}

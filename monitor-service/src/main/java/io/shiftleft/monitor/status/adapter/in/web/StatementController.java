package io.shiftleft.monitor.status.adapter.in.web;

import io.shiftleft.monitor.MonitorException;
import io.shiftleft.monitor.status.StatementQueries;
import io.shiftleft.monitor.status.StatementQuery;
import io.shiftleft.monitor.tracking.Phase;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/statements} (filters: environment, product, table, phase), {@code GET
 * /api/v1/statements/{name}} (with its recent history and metric samples) and {@code GET
 * /api/v1/products/{product}/health}.
 */
@RestController
@RequestMapping("/api/v1")
class StatementController {

    private final StatementQueries queries;

    StatementController(StatementQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/statements")
    List<Map<String, Object>> statements(
            @RequestParam(required = false) String environment,
            @RequestParam(required = false) String product,
            @RequestParam(required = false) String table,
            @RequestParam(required = false) String phase) {
        return JsonViews.statements(
                queries.list(new StatementQuery(environment, product, table, phase(phase))));
    }

    @GetMapping("/statements/{name}")
    Map<String, Object> statement(
            @PathVariable String name, @RequestParam(required = false) String environment) {
        return JsonViews.detail(queries.detail(name, environment));
    }

    @GetMapping("/products/{product}/health")
    Map<String, Object> health(
            @PathVariable String product, @RequestParam(required = false) String environment) {
        return JsonViews.health(queries.health(product, environment));
    }

    private static Phase phase(String phase) {
        if (phase == null || phase.isBlank()) {
            return null;
        }
        try {
            return Phase.valueOf(phase.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MonitorException(
                    MonitorException.Reason.INVALID_REQUEST,
                    "Query parameter phase is '"
                            + phase
                            + "'; expected one of "
                            + Arrays.toString(Phase.values()));
        }
    }
}

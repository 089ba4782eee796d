package io.shiftleft.monitor.alerting.adapter.in.web;

import io.shiftleft.monitor.MonitorException;
import io.shiftleft.monitor.alerting.AlertQueries;
import io.shiftleft.monitor.alerting.AlertState;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/alerts?environment=&rule=&state=}: the active alerts (pending and firing),
 * firing first, then by severity, then oldest first.
 */
@RestController
class AlertController {

    private final AlertQueries queries;

    AlertController(AlertQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/alerts")
    List<Map<String, Object>> alerts(
            @RequestParam(required = false) String environment,
            @RequestParam(required = false) String rule,
            @RequestParam(required = false) String state) {
        return queries.active(blankToNull(environment), blankToNull(rule), state(state)).stream()
                .map(AlertJson::alert)
                .toList();
    }

    private static AlertState state(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        return switch (state.strip().toLowerCase(Locale.ROOT)) {
            case "pending" -> AlertState.PENDING;
            case "firing" -> AlertState.FIRING;
            default ->
                    throw new MonitorException(
                            MonitorException.Reason.INVALID_REQUEST,
                            "state",
                            "Query parameter state is '"
                                    + state
                                    + "'; expected pending or firing (active alerts only)");
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}

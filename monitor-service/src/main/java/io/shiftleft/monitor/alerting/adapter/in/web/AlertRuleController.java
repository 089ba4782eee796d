package io.shiftleft.monitor.alerting.adapter.in.web;

import io.shiftleft.monitor.alerting.AlertRules;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/alert-rules}: every rule ({@code GET}), one ({@code GET /{name}}), and the rules
 * made through the API: create ({@code POST}, 201), replace ({@code PUT /{name}}), delete ({@code
 * DELETE /{name}}, 204). The rules file's rules are listed with {@code read_only: true}; changing
 * them here is a conflict (409). A body is read as JSON whatever its content type says.
 */
@RestController
@RequestMapping("/api/v1/alert-rules")
class AlertRuleController {

    private final AlertRules rules;

    AlertRuleController(AlertRules rules) {
        this.rules = rules;
    }

    @GetMapping
    List<Map<String, Object>> list() {
        return rules.list().stream().map(AlertJson::rule).toList();
    }

    @GetMapping("/{name}")
    Map<String, Object> get(@PathVariable String name) {
        return AlertJson.rule(rules.get(name));
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> create(@RequestBody(required = false) String body) {
        AlertRules.Entry created = rules.create(AlertJson.rule(body));
        return ResponseEntity.created(URI.create("/api/v1/alert-rules/" + created.rule().name()))
                .body(AlertJson.rule(created));
    }

    @PutMapping("/{name}")
    Map<String, Object> replace(
            @PathVariable String name, @RequestBody(required = false) String body) {
        return AlertJson.rule(rules.replace(name, AlertJson.rule(body, name)));
    }

    @DeleteMapping("/{name}")
    ResponseEntity<Void> delete(@PathVariable String name) {
        rules.delete(name);
        return ResponseEntity.noContent().build();
    }
}

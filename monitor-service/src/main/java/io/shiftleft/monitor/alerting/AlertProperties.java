package io.shiftleft.monitor.alerting;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Alert rule settings ({@code monitor.alerts.*}).
 *
 * @param rulesFile a YAML file of rules, read once at start (optional: without it, only the rules
 *     made through the API apply)
 * @param resolvedRetention how long a resolved alert is kept (it shows when an alert last fired)
 */
@ConfigurationProperties("monitor.alerts")
public record AlertProperties(Path rulesFile, @DefaultValue("7d") Duration resolvedRetention) {

    public AlertProperties {
        if (resolvedRetention == null || resolvedRetention.isNegative()) {
            throw new IllegalArgumentException(
                    "monitor.alerts.resolved-retention must not be negative, was "
                            + resolvedRetention);
        }
    }
}

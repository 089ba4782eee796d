package io.shiftleft.monitor.alerting;

import java.util.List;

/** The rules of the rules file ({@code monitor.alerts.rules-file}), read once at start. */
public interface RulesFile {

    /** The file's rules, in file order (none without a file). */
    List<AlertRule> rules();
}

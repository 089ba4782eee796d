/**
 * Alert rules: conditions on the tracked statements and compute pools (a phase, time spent in a
 * phase, lag above a threshold, pool usage above a ratio), from a YAML file and a REST API over the
 * same model. After each poll cycle and metrics sweep the rules are evaluated per statement or
 * pool; each alert goes inactive, pending, firing, resolved, is kept in PostgreSQL (a restart
 * neither fires again nor forgets), and firing and resolving are announced as {@code ALERT_FIRING}
 * and {@code ALERT_RESOLVED} pipeline events through the outbox. Statements of a table that a
 * running deployment step works on are held back: no alert storm during a planned deploy.
 */
package io.shiftleft.monitor.alerting;

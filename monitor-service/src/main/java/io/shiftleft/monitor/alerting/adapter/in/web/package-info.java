/**
 * REST over alert rules and alerts: {@code /api/v1/alert-rules} (list, get, create, replace,
 * delete; the rules file's are read-only) and {@code GET /api/v1/alerts} (pending and firing
 * alerts). JSON fields are snake_case; errors are RFC 9457 problem details naming the field.
 */
package io.shiftleft.monitor.alerting.adapter.in.web;

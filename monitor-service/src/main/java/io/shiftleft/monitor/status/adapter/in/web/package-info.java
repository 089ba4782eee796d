/**
 * REST and server-sent events of the live status: {@code /api/v1/statements}, {@code
 * /api/v1/statements/{name}}, {@code /api/v1/products/{product}/health} and {@code
 * /api/v1/changes}. JSON fields are snake_case; errors are RFC 9457 problem details.
 */
package io.shiftleft.monitor.status.adapter.in.web;

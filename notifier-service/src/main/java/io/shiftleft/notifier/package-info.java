/**
 * The notifier service: turns pipeline and deployment events into deliveries. Features: {@code
 * event} (what is received), {@code subscription} (who wants what, where), {@code inbox} (taking
 * events in once, with their deliveries), {@code delivery} (sending, retrying, the delivery log),
 * {@code alert} (grouping, silences and templates for people). See docs/notifier.md.
 */
package io.shiftleft.notifier;

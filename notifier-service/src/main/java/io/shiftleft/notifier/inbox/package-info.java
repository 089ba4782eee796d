/**
 * The inbox: every pipeline and deployment event the notifier consumes is recorded exactly once,
 * keyed by event id, before anything is delivered from it; it is what deliveries are made from.
 */
package io.shiftleft.notifier.inbox;

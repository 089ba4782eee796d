/**
 * Live status for people and other systems: the tracked statements with their latest metrics, one
 * statement's recent history and metric samples, and a product's health (shift_left's healthcheck:
 * counts by phase, pools, out-of-order pairs, statements not running). Served over REST and as a
 * server-sent-events stream of changes.
 */
package io.shiftleft.monitor.status;

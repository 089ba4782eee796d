/** Keeps the tracked state, its history and the announced out-of-order pairs in PostgreSQL. */
package io.shiftleft.monitor.tracking.adapter.out.jdbc;

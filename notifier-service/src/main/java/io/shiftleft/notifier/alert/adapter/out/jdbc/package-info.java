/** Stores alert groups, alerts and silences in PostgreSQL. */
package io.shiftleft.notifier.alert.adapter.out.jdbc;

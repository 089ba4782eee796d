/** Stores deployment activity in the monitor's PostgreSQL schema with Spring Data JDBC. */
package io.shiftleft.monitor.activity.adapter.out.jdbc;

/** Keeps the statement catalog in the monitor's PostgreSQL schema. */
package io.shiftleft.monitor.catalog.adapter.out.jdbc;

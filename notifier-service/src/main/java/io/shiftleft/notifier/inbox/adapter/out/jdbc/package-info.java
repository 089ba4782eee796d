/** Stores the inbox in the notifier's PostgreSQL schema with Spring Data JDBC. */
package io.shiftleft.notifier.inbox.adapter.out.jdbc;

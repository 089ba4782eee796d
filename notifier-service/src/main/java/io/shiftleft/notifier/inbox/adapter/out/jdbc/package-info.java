/** Stores the inbox in the notifier's PostgreSQL schema. */
package io.shiftleft.notifier.inbox.adapter.out.jdbc;

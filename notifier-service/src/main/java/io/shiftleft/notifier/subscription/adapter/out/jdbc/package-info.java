/** Stores subscriptions in the notifier's PostgreSQL schema. */
package io.shiftleft.notifier.subscription.adapter.out.jdbc;

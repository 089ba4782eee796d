/** Stores deliveries and their attempts in PostgreSQL; claims with FOR UPDATE SKIP LOCKED. */
package io.shiftleft.notifier.delivery.adapter.out.jdbc;

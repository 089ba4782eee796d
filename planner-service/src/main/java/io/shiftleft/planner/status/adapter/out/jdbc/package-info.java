/** Keeps statement states in the planner's PostgreSQL schema. */
package io.shiftleft.planner.status.adapter.out.jdbc;

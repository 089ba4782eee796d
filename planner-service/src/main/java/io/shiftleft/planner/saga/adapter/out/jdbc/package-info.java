/** Keeps plans, steps, commands and results in the planner's PostgreSQL schema. */
package io.shiftleft.planner.saga.adapter.out.jdbc;

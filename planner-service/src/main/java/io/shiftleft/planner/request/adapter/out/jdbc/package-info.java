/** Stores requests in the planner's PostgreSQL schema with Spring Data JDBC. */
package io.shiftleft.planner.request.adapter.out.jdbc;

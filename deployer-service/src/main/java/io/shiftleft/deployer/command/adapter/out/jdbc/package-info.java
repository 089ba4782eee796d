/** Stores the command log in the deployer's PostgreSQL schema with Spring Data JDBC. */
package io.shiftleft.deployer.command.adapter.out.jdbc;

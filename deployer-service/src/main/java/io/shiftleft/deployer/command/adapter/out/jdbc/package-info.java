/** Stores the command log in the deployer's PostgreSQL schema with Spring's JdbcClient. */
package io.shiftleft.deployer.command.adapter.out.jdbc;

/**
 * The Apache Flink adapter's statement store on the deployer's PostgreSQL schema, so statements,
 * their jobs and savepoints survive a restart of the deployer.
 */
package io.shiftleft.deployer.platform.adapter.out.jdbc;

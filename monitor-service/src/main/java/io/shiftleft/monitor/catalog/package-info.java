/**
 * What the monitor knows about statements besides what the platform says: the statements shift-left
 * deployed (from the {@code deployment-commands} and {@code command-results} topics, kept in the
 * monitor's database), and, where an environment names its project, every table's product and
 * parents. It tells which table and product a statement belongs to, and on Apache Flink it is the
 * statement store the adapter lists from (Flink itself has no statement resource).
 */
package io.shiftleft.monitor.catalog;

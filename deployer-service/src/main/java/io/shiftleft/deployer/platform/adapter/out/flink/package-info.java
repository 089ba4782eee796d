/**
 * Builds the Flink platform adapter of each configured environment: Confluent Cloud or Apache Flink
 * (with its statement store on the deployer's database).
 */
package io.shiftleft.deployer.platform.adapter.out.flink;

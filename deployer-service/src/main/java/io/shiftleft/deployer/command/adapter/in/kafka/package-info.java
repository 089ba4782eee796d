/** Kafka entry point of command execution. */
package io.shiftleft.deployer.command.adapter.in.kafka;

/**
 * Command execution: each deployment command is acted on at most once (keyed by command id) and
 * always answered with a command result; a redelivered command gets its recorded answer again.
 */
package io.shiftleft.deployer.command;

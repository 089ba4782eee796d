/**
 * Command execution: each deployment command is recorded (RECEIVED), acted on at most once by a
 * worker (ACTING) and always answered (DONE) with a command result through the outbox, in the same
 * transaction as the answer; a redelivered command gets its recorded answer again, and commands a
 * crash left unfinished are resumed at startup.
 */
package io.shiftleft.deployer.command;

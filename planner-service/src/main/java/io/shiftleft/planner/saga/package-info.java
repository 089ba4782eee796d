/**
 * The deployment saga: each stored plan runs step by step. A step whose prerequisites succeeded
 * sends its commands, one after the other, within the plan's parallelism limit; each command result
 * advances the plan in one transaction with the messages it causes (through the outbox). A failed
 * step blocks its descendants; plans can wait for approval, be cancelled, and be resumed from the
 * failed step.
 */
package io.shiftleft.planner.saga;

package io.shiftleft.monitor.alerting;

/**
 * Which alert of an environment: a rule and what it is about.
 *
 * @param rule the rule's name
 * @param kind statement or pool
 * @param target the statement's name or the pool's id
 */
public record InstanceKey(String rule, AlertTarget.Kind kind, String target) {}

/**
 * Planning: a request becomes a plan with {@code pipeline-core}'s execution planner, against the
 * statements known to run, and every step becomes the commands the deployer executes, with the SQL
 * to submit. Undeploy plans walk the same graph in reverse.
 */
package io.shiftleft.planner.plan;

/**
 * The environments the planner deploys to: where each one's project is, how its statements are
 * named, and how its plans run (approval, parallelism, failure policy).
 */
package io.shiftleft.planner.environment;

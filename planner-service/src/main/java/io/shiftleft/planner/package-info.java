/** The planner service: request intake, plans and the deployment saga. */
package io.shiftleft.planner;

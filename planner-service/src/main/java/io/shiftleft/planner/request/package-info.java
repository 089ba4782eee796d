/**
 * Intake of deploy and undeploy requests: each is validated, recorded once (a redelivery finds the
 * recorded outcome) and answered with a REQUEST_ACCEPTED or REQUEST_REJECTED deployment event.
 */
package io.shiftleft.planner.request;

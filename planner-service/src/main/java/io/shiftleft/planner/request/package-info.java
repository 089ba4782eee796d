/**
 * Intake of deploy and undeploy requests, from Kafka and REST: each is validated and planned,
 * recorded once with its plan (a redelivery finds the recorded outcome), answered with a
 * REQUEST_ACCEPTED or REQUEST_REJECTED deployment event, and handed to the saga.
 */
package io.shiftleft.planner.request;

/** REST API of plans: read, approve, cancel, resume; and the deployment history of tables. */
package io.shiftleft.planner.saga.adapter.in.web;

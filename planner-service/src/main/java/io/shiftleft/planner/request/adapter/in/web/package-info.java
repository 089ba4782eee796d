/** REST entry points of the request intake: deployments, undeployments, dry-run plans. */
package io.shiftleft.planner.request.adapter.in.web;

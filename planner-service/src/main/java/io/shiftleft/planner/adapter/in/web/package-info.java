/** What every REST endpoint of the planner shares: errors as RFC 9457 problem details. */
package io.shiftleft.planner.adapter.in.web;

/** What every REST endpoint of the notifier shares: errors as RFC 9457 problem details. */
package io.shiftleft.notifier.adapter.in.web;

/** Replay of a time range to a subscription, over REST. */
package io.shiftleft.notifier.inbox.adapter.in.web;

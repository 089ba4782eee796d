/** Subscriptions over REST: create (the secret shown once), list, change, delete, rotate. */
package io.shiftleft.notifier.subscription.adapter.in.web;

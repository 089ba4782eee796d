/** Silences and current alerts over REST. */
package io.shiftleft.notifier.alert.adapter.in.web;

/** The delivery log over REST: deliveries, their attempts, dead letters, replay of one delivery. */
package io.shiftleft.notifier.delivery.adapter.in.web;

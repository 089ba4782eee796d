/**
 * Test parts of the notifier: a real webhook receiver, a clock tests move, API and event helpers.
 */
package io.shiftleft.notifier.testing;

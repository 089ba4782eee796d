/**
 * A stateful fake of Confluent Cloud (Statements API, compute pools, metrics query) on a local
 * WireMock server, for the adapter's tests and the bench. It follows the documented APIs and can be
 * scripted to throttle, fail, drop connections and lose answers.
 */
package io.shiftleft.platform.confluent.fake;

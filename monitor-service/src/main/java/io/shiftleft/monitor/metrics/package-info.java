/**
 * Metrics: statements' records in and out, pending records (the lag, a current gauge) and
 * backpressure, and compute pools' CFUs, sampled at a pace the platforms' rate limits allow, kept
 * for {@code monitor.metrics.window} for the API, handed to tracking (which raises LAG_HIGH and
 * LAG_RECOVERED), watched for pool saturation (POOL_SATURATED), and exported on {@code
 * /actuator/prometheus} with bounded label sets.
 */
package io.shiftleft.monitor.metrics;

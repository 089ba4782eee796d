/**
 * A deterministic generator of realistic projects in shift_left's layout (N tables over P products,
 * a layered DAG, Flink SQL with joins, aggregations, windows and CTEs), for benchmarks and tests.
 */
package io.shiftleft.pipeline.generate;

/**
 * SQL lineage: what one Flink SQL file creates, inserts into and reads, its primary key, WITH
 * options and changelog mode, its join counts and the constructs that make it keep state.
 *
 * <p>{@link io.shiftleft.pipeline.sql.SqlAnalyzer} parses with Flink's own SQL parser and walks the
 * parse tree. When the parser rejects a file (Confluent Cloud-only syntax, a typo) it falls back to
 * a lexical scanner and says so with a warning. See {@code docs/state-form.md} for the state form
 * rule and where it differs from shift_left.
 */
package io.shiftleft.pipeline.sql;

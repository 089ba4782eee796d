/**
 * SQL adaptation: the text a table's DDL and DML become on one target environment.
 *
 * <p>{@link io.shiftleft.pipeline.adapt.SqlAdapter} runs the ordered {@link
 * io.shiftleft.pipeline.adapt.SqlRule rules} of a {@link
 * io.shiftleft.pipeline.adapt.TargetEnvironment}: on Apache Flink targets the built-in rules turn a
 * Confluent Cloud table (no connector, {@code DISTRIBUTED BY}, {@code 'changelog.mode'}, registry
 * formats, {@code $rowtime}) into one the open-source Kafka connectors accept; on every target the
 * per-environment replacements (shift_left's SQL content modifier) and any custom rule run. Rules
 * edit the text token by token, so comments and layout outside the edited spans are kept. See
 * {@code docs/sql-adaptation.md}.
 */
package io.shiftleft.pipeline.adapt;

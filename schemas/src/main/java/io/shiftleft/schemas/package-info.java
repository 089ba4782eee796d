/**
 * The wire contracts of shift-left: topic names ({@link io.shiftleft.schemas.Topics}) and the Avro
 * classes generated from {@code src/main/avro} into {@code io.shiftleft.schemas.avro}.
 */
package io.shiftleft.schemas;

/** The event catalog read from the Avro enums of the wire contract. */
package io.shiftleft.notifier.event.adapter.out.avro;

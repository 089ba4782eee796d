/**
 * What the notifier receives, in its own words: a {@link io.shiftleft.notifier.event.NotifierEvent}
 * is a pipeline event, a deployment event or one of the notifier's own (an endpoint disabled), free
 * of the Avro wire types; {@link io.shiftleft.notifier.event.EventCatalog} names every type a
 * subscription may filter on.
 */
package io.shiftleft.notifier.event;

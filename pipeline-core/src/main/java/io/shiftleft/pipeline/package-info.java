/**
 * The project model and the planning brain: project scan, SQL lineage, table typing and naming,
 * pipeline metadata files, the table graph and execution plans. Plain Java, no network, no clock
 * without injection. Filled by the planning issue; the module exists so the build's shape is final.
 */
package io.shiftleft.pipeline;

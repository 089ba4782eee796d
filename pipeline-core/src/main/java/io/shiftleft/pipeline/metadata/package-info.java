/**
 * shift_left's metadata files, read and written so that shift_left and this project can share a
 * project folder: {@code inventory.json} ({@link io.shiftleft.pipeline.metadata.InventoryFile}) and
 * {@code pipeline_definition.json} ({@link io.shiftleft.pipeline.metadata.PipelineDefinitionFile}).
 * Writing reproduces shift_left's bytes ({@link io.shiftleft.pipeline.metadata.PythonJson});
 * reading is tolerant; writes are atomic.
 */
package io.shiftleft.pipeline.metadata;

/**
 * Puts tracking's announcements into the transactional outbox as {@code StatementStatus} (topic
 * {@code statement-status}) and {@code PipelineEvent} (topic {@code pipeline-events}) records.
 */
package io.shiftleft.monitor.tracking.adapter.out.kafka;

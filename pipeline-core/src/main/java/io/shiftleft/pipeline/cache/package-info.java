/**
 * What makes a re-run on an unchanged project cheap: SQL analyses cached by file content (and
 * analyzer version) in one file under the project, and metadata files written only when their bytes
 * change.
 */
package io.shiftleft.pipeline.cache;

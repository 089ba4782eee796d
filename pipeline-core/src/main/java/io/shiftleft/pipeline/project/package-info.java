/**
 * Reading a project in shift_left's layout: the {@code pipelines/} folder, its table folders and
 * SQL files, the external-tables manifest; the result is the project's tables, the table graph and
 * every problem found, each with file and line where there is one.
 */
package io.shiftleft.pipeline.project;

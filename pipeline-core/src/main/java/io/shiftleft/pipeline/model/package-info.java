/**
 * The vocabulary shared by every part of the planning brain: tables, their types and state forms.
 */
package io.shiftleft.pipeline.model;

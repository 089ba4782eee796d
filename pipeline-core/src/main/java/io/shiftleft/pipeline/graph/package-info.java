/** The table graph of a project: nodes by name, edges parent to child, traversals and orders. */
package io.shiftleft.pipeline.graph;

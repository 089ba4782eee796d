/**
 * The project of each environment: scanned with an analysis cache, re-scanned when its files
 * change, and the text of each statement to submit.
 */
package io.shiftleft.planner.project;

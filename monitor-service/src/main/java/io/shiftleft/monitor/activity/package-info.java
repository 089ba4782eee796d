/**
 * Deployment activity: the monitor follows deployment events so it knows which statements a running
 * deployment touches (alerts on them are held back while the step runs).
 */
package io.shiftleft.monitor.activity;

/** The planner's configuration ({@code planner.*}), mapped to plain values for the features. */
package io.shiftleft.planner.config;

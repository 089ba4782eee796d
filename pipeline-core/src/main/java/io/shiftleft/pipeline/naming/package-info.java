/**
 * Names of the platform objects a table owns: its DDL, DML and drop statements and its compute
 * pool. {@link io.shiftleft.pipeline.naming.ShiftLeftNaming} reproduces shift_left's conventions
 * (so statements deployed by shift_left are found again) and adds the platform's name check that
 * shift_left lacks. Every name is a pure function of the {@link
 * io.shiftleft.pipeline.naming.NamingSettings} of an environment and the table.
 */
package io.shiftleft.pipeline.naming;

/** The deployer service. */
package io.shiftleft.deployer;

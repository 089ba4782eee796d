/** What the JDBC adapters of every feature share: time and JSON column conversions. */
package io.shiftleft.notifier.adapter.out.jdbc;

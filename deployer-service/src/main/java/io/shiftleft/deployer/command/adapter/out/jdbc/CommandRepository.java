package io.shiftleft.deployer.command.adapter.out.jdbc;

import java.util.Optional;
import org.springframework.data.repository.CrudRepository;

/** Spring Data JDBC repository of command rows. */
interface CommandRepository extends CrudRepository<CommandRow, Long> {

    Optional<CommandRow> findByCommandId(String commandId);
}

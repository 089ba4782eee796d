package io.shiftleft.planner.request.adapter.out.jdbc;

import java.util.Optional;
import org.springframework.data.repository.CrudRepository;

/** Spring Data JDBC repository of request rows. */
interface DeployRequestRepository extends CrudRepository<DeployRequestRow, Long> {

    Optional<DeployRequestRow> findByRequestId(String requestId);
}

package io.shiftleft.planner.saga.adapter.out.jdbc;

import static io.shiftleft.planner.saga.adapter.out.jdbc.Columns.instant;

import io.shiftleft.planner.plan.CommandAction;
import io.shiftleft.planner.plan.StepKind;
import io.shiftleft.planner.saga.SagaStep;
import io.shiftleft.planner.saga.StepState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the steps of a plan. What a step is (its table, kind, wave, prerequisites and actions) is
 * written once with the plan and never changes, so it is read once per plan and kept for the plans
 * used last; what changes (state, next command, attempt, detail, times) is read every time, under
 * the plan's lock. Applying a batch of results thus reads seven narrow columns per step instead of
 * parsing every step again.
 */
final class PlanSteps {

    /** Plans whose step facts are kept. */
    private static final int PLANS = 32;

    private static final String ALL_COLUMNS =
            "step_index, table_name, product_name, kind, wave, depends_on, actions, state,"
                    + " next_command, attempt, detail, started_at, finished_at";

    private static final String STATE_COLUMNS =
            "step_index, state, next_command, attempt, detail, started_at, finished_at";

    /** The fixed facts of a step. */
    private record Facts(
            int index,
            String tableName,
            String productName,
            StepKind kind,
            int wave,
            List<Integer> dependsOn,
            List<CommandAction> actions) {}

    private final JdbcClient jdbc;
    private final Map<String, List<Facts>> facts =
            new LinkedHashMap<>(PLANS, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, List<Facts>> eldest) {
                    return size() > PLANS;
                }
            };

    PlanSteps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every step of the plan, in plan order. */
    List<SagaStep> load(String planId) {
        List<Facts> known;
        synchronized (facts) {
            known = facts.get(planId);
        }
        if (known != null) {
            List<SagaStep> steps =
                    jdbc.sql(
                                    "SELECT "
                                            + STATE_COLUMNS
                                            + " FROM plan_step WHERE plan_id = ? ORDER BY"
                                            + " step_index")
                            .param(planId)
                            .query((rs, n) -> n < known.size() ? step(known.get(n), rs) : null)
                            .list();
            if (steps.size() == known.size() && !steps.contains(null)) {
                return steps;
            }
        }
        List<SagaStep> steps =
                jdbc.sql(
                                "SELECT "
                                        + ALL_COLUMNS
                                        + " FROM plan_step WHERE plan_id = ? ORDER BY step_index")
                        .param(planId)
                        .query(PlanSteps::step)
                        .list();
        synchronized (facts) {
            facts.put(planId, steps.stream().map(PlanSteps::facts).toList());
        }
        return steps;
    }

    private static Facts facts(SagaStep s) {
        return new Facts(
                s.index(),
                s.tableName(),
                s.productName(),
                s.kind(),
                s.wave(),
                s.dependsOn(),
                s.actions());
    }

    /** A step from its known facts and a row of {@link #STATE_COLUMNS}; null if they disagree. */
    private static SagaStep step(Facts f, ResultSet rs) throws SQLException {
        if (rs.getInt(1) != f.index()) {
            return null;
        }
        return new SagaStep(
                f.index(),
                f.tableName(),
                f.productName(),
                f.kind(),
                f.wave(),
                f.dependsOn(),
                f.actions(),
                StepState.valueOf(rs.getString(2)),
                rs.getInt(3),
                rs.getInt(4),
                rs.getString(5),
                instant(rs.getTimestamp(6)),
                instant(rs.getTimestamp(7)));
    }

    /** A step from a row of {@link #ALL_COLUMNS}. */
    private static SagaStep step(ResultSet rs, int n) throws SQLException {
        return new SagaStep(
                rs.getInt(1),
                rs.getString(2),
                rs.getString(3),
                StepKind.valueOf(rs.getString(4)),
                rs.getInt(5),
                Columns.indexes(rs.getString(6)),
                Columns.lines(rs.getString(7)).stream().map(CommandAction::valueOf).toList(),
                StepState.valueOf(rs.getString(8)),
                rs.getInt(9),
                rs.getInt(10),
                rs.getString(11),
                instant(rs.getTimestamp(12)),
                instant(rs.getTimestamp(13)));
    }
}

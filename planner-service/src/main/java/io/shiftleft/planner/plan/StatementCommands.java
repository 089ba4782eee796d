package io.shiftleft.planner.plan;

import io.shiftleft.pipeline.adapt.StatementRole;
import io.shiftleft.pipeline.model.TableNode;
import io.shiftleft.pipeline.plan.PlanStep;
import io.shiftleft.pipeline.plan.RunningState;
import io.shiftleft.pipeline.plan.StatementNamer;
import io.shiftleft.pipeline.project.Project;
import io.shiftleft.pipeline.project.ProjectTable;
import io.shiftleft.planner.PlannerException;
import io.shiftleft.planner.environment.EnvironmentSettings;
import io.shiftleft.planner.project.StatementRenderer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns plan steps into deployer commands (domain §4.1): a DEPLOY or RESTART re-creates the table
 * (RUN_DDL with {@code dropTable}) and then starts its DML (RUN_DML); DEPLOY_DML_ONLY starts the
 * DML alone (RESTART_DML when it runs); an undeploy deletes the DML and DDL statements and drops
 * the table. Steps that change nothing get no command.
 */
final class StatementCommands {

    private final EnvironmentSettings env;
    private final Project project;
    private final StatementRenderer renderer;
    private final StatementNamer namer;
    private final RunningState running;

    StatementCommands(
            EnvironmentSettings env,
            Project project,
            StatementRenderer renderer,
            StatementNamer namer,
            RunningState running) {
        this.env = env;
        this.project = project;
        this.renderer = renderer;
        this.namer = namer;
        this.running = running;
    }

    List<DraftCommand> deploy(PlanStep step) {
        ProjectTable table = project.tables().get(step.tableName());
        TableNode node = table.node();
        List<DraftCommand> commands = new ArrayList<>();
        switch (step.action()) {
            case DEPLOY, RESTART -> {
                if (!node.ddlRef().isEmpty()) {
                    commands.add(
                            statement(table, StatementRole.DDL, CommandAction.RUN_DDL, step, true));
                }
                if (!node.dmlRef().isEmpty()) {
                    commands.add(
                            statement(
                                    table, StatementRole.DML, CommandAction.RUN_DML, step, false));
                }
            }
            case DEPLOY_DML_ONLY -> {
                if (node.dmlRef().isEmpty()) {
                    throw new PlannerException(
                            PlannerException.Reason.INVALID_REQUEST,
                            "'dmlOnly' asks to redeploy the DML of table "
                                    + node.tableName()
                                    + ", which has no DML file in "
                                    + node.folder());
                }
                CommandAction action =
                        running.isRunning(node.tableName())
                                ? CommandAction.RESTART_DML
                                : CommandAction.RUN_DML;
                commands.add(statement(table, StatementRole.DML, action, step, false));
            }
            default -> {
                // KEEP_RUNNING, NONE, SKIP_*: nothing to execute
            }
        }
        return commands;
    }

    List<DraftCommand> undeploy(TableNode node, boolean dropTables) {
        List<DraftCommand> commands = new ArrayList<>();
        String pool = running.of(node.tableName()).map(s -> s.computePoolId()).orElse(null);
        if (!node.dmlRef().isEmpty()) {
            commands.add(command(CommandAction.DELETE, namer.dmlStatementName(node), pool));
        }
        if (!node.ddlRef().isEmpty()) {
            String ddl = namer.ddlStatementName(node);
            commands.add(command(CommandAction.DELETE, ddl, pool));
            if (dropTables) {
                commands.add(command(CommandAction.DROP_TABLE, ddl, pool));
            }
        }
        return commands;
    }

    private static DraftCommand command(CommandAction action, String statement, String pool) {
        return new DraftCommand(action, statement, null, null, Map.of(), false, pool);
    }

    private DraftCommand statement(
            ProjectTable table,
            StatementRole role,
            CommandAction action,
            PlanStep step,
            boolean dropTable) {
        String sql = renderer.render(env.name(), project, table, role);
        Map<String, String> properties = new TreeMap<>(env.statementProperties());
        properties.putAll(
                role == StatementRole.DDL ? table.ddlProperties() : table.dmlProperties());
        return new DraftCommand(
                action,
                role == StatementRole.DDL ? step.ddlStatementName() : step.dmlStatementName(),
                sql,
                sha256(sql),
                properties,
                dropTable,
                step.computePoolId());
    }

    /** SHA-256 (hex) of the SQL with line ends normalised and outer blanks trimmed. */
    static String sha256(String sql) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256")
                            .digest(
                                    sql.replace("\r\n", "\n")
                                            .strip()
                                            .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}

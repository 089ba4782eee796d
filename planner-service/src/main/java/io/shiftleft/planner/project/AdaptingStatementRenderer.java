package io.shiftleft.planner.project;

import io.shiftleft.pipeline.adapt.EnvironmentConfigException;
import io.shiftleft.pipeline.adapt.EnvironmentsFile;
import io.shiftleft.pipeline.adapt.RenderedFile;
import io.shiftleft.pipeline.adapt.RenderedTable;
import io.shiftleft.pipeline.adapt.SqlAdapter;
import io.shiftleft.pipeline.adapt.StatementRole;
import io.shiftleft.pipeline.adapt.TableRenderer;
import io.shiftleft.pipeline.adapt.TargetEnvironment;
import io.shiftleft.pipeline.project.Project;
import io.shiftleft.pipeline.project.ProjectTable;
import io.shiftleft.planner.PlannerException;
import io.shiftleft.planner.environment.EnvironmentSettings;
import io.shiftleft.planner.environment.Environments;
import io.shiftleft.planner.environment.SqlTarget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The {@link StatementRenderer} of every environment: an environment with an SQL target ({@code
 * planner.environments.<env>.sql-target}) gets its table's SQL adapted by that target's rules, as
 * {@code shift-left pipeline render --env <target>} prints it, with the Kafka and registry
 * endpoints the environment overrides; one without a target gets the files' text unchanged.
 *
 * <p>The target is read from the environments file again whenever the file changes (its path, size
 * and modification time), so an edit is picked up by the next plan, as SQL edits are.
 */
@Component
class AdaptingStatementRenderer implements StatementRenderer {

    private static final Logger log = LoggerFactory.getLogger(AdaptingStatementRenderer.class);

    private final Environments environments;
    private final StatementRenderer verbatim = new VerbatimStatementRenderer();
    private final Map<String, Cached> adapters = new ConcurrentHashMap<>();

    AdaptingStatementRenderer(Environments environments) {
        this.environments = environments;
    }

    /** An environment's adapter and the state of the environments file it was read from. */
    private record Cached(String fileState, SqlAdapter adapter) {}

    @Override
    public String render(
            String environment, Project project, ProjectTable table, StatementRole role) {
        SqlTarget sql = environments.find(environment).map(EnvironmentSettings::sql).orElse(null);
        if (sql == null || !sql.adapts()) {
            return verbatim.render(environment, project, table, role);
        }
        String name = table.node().tableName();
        RenderedTable rendered;
        try {
            rendered = new TableRenderer(adapter(environment, project, sql)).render(project, name);
        } catch (IllegalStateException | UncheckedIOException e) { // a rule failed, a file is gone
            throw invalid(environment, "cannot adapt the SQL of table " + name, e);
        }
        RenderedFile file =
                (role == StatementRole.DDL ? rendered.ddl() : rendered.dml())
                        .orElseThrow(
                                () ->
                                        new PlannerException(
                                                PlannerException.Reason.PROJECT_INVALID,
                                                "table " + name + " has no " + role + " file"));
        file.sql()
                .warnings()
                .forEach(
                        w ->
                                log.warn(
                                        "Environment {}: the {} of table {} ({}) after the rules of"
                                                + " target {}: {}",
                                        environment,
                                        role,
                                        name,
                                        file.file(),
                                        sql.target(),
                                        w));
        return file.sql().sql();
    }

    /** The target's adapter, built again when the environments file changed. */
    private SqlAdapter adapter(String environment, Project project, SqlTarget sql) {
        Path file =
                sql.environmentsFile()
                        .orElse(project.root().resolve(EnvironmentsFile.FILE_NAME))
                        .toAbsolutePath();
        String state = fileState(file);
        Cached cached = adapters.get(environment);
        if (cached != null && cached.fileState().equals(state)) {
            return cached.adapter();
        }
        TargetEnvironment target;
        try {
            target =
                    EnvironmentsFile.resolve(sql.environmentsFile().orElse(null), project.root())
                            .get(sql.target());
        } catch (EnvironmentConfigException | UncheckedIOException e) {
            throw invalid(
                    environment,
                    "planner.environments." + environment + ".sql-target '" + sql.target() + "'",
                    e);
        }
        SqlAdapter adapter = SqlAdapter.forEnvironment(withEndpoints(target, sql));
        adapters.put(environment, new Cached(state, adapter));
        log.info(
                "Environment {}: SQL adapted for target {} ({}, Kafka {}, registry {})",
                environment,
                sql.target(),
                adapter.environment().platform(),
                adapter.environment().kafka().bootstrapServers(),
                adapter.environment().schemaRegistry().url());
        return adapter;
    }

    /** The target with the environment's Kafka and registry endpoints, where it sets them. */
    static TargetEnvironment withEndpoints(TargetEnvironment t, SqlTarget sql) {
        TargetEnvironment.Kafka kafka =
                sql.kafkaBootstrapServers().isEmpty()
                        ? t.kafka()
                        : new TargetEnvironment.Kafka(
                                sql.kafkaBootstrapServers(),
                                t.kafka().topicPattern(),
                                t.kafka().startupMode(),
                                t.kafka().properties());
        TargetEnvironment.SchemaRegistry registry =
                sql.schemaRegistryUrl().isEmpty()
                        ? t.schemaRegistry()
                        : new TargetEnvironment.SchemaRegistry(
                                sql.schemaRegistryUrl(), t.schemaRegistry().options());
        return new TargetEnvironment(
                t.name(),
                t.platform(),
                kafka,
                registry,
                t.format(),
                t.valueFieldsInclude(),
                t.rowtime(),
                t.replacements(),
                t.removeOptions(),
                t.rules(),
                t.disabledRules());
    }

    private static String fileState(Path file) {
        try {
            return Files.isRegularFile(file)
                    ? file + "|" + Files.size(file) + "|" + Files.getLastModifiedTime(file)
                    : file + "|absent";
        } catch (IOException e) {
            return file + "|unreadable";
        }
    }

    private static PlannerException invalid(String environment, String what, Exception e) {
        return new PlannerException(
                PlannerException.Reason.PROJECT_INVALID,
                "environment '" + environment + "': " + what + ": " + e.getMessage(),
                e);
    }
}

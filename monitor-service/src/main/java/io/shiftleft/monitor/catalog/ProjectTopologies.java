package io.shiftleft.monitor.catalog;

import io.shiftleft.monitor.MonitorProperties;
import io.shiftleft.pipeline.cache.AnalysisCache;
import io.shiftleft.pipeline.naming.NamingSettings;
import io.shiftleft.pipeline.naming.ShiftLeftNaming;
import io.shiftleft.pipeline.project.Project;
import io.shiftleft.pipeline.project.ProjectScanner;
import io.shiftleft.pipeline.project.ScanOptions;
import io.shiftleft.pipeline.sql.SqlAnalyzer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;

/**
 * The project topology of every environment that names a {@code project-path}, scanned in the
 * background at startup and again every {@code monitor.project-refresh} (only edited SQL files are
 * parsed again). Until the first scan ends, and for environments without a project, the topology is
 * empty: statements are then told by their commands, labels or names.
 */
@Service
public class ProjectTopologies implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ProjectTopologies.class);

    private final MonitorProperties properties;
    private final Map<String, ProjectTopology> topologies = new ConcurrentHashMap<>();
    private final Map<String, AnalysisCache> caches = new ConcurrentHashMap<>();
    private final SqlAnalyzer analyzer = new SqlAnalyzer();
    private volatile ScheduledExecutorService scanner;

    ProjectTopologies(MonitorProperties properties) {
        this.properties = properties;
    }

    /** The environment's topology as last scanned; empty without a project. */
    public ProjectTopology of(String environment) {
        return topologies.getOrDefault(environment, ProjectTopology.EMPTY);
    }

    /** Scans the environment's project now (the background refresh calls this too). */
    public void scan(String environment) {
        MonitorProperties.Environment env = properties.environments().get(environment);
        if (env == null || env.projectPath() == null) {
            return;
        }
        long start = System.nanoTime();
        try {
            Project project =
                    new ProjectScanner(
                                    analyzer,
                                    new ScanOptions(true, "common"),
                                    caches.computeIfAbsent(
                                            environment, e -> AnalysisCache.inMemory()))
                            .scan(env.projectPath());
            if (project.graph().isEmpty()) {
                log.warn(
                        "The project of environment {} at {} has a cycle; its topology is kept"
                                + " as it was (monitor.environments.{}.project-path)",
                        environment,
                        env.projectPath(),
                        environment);
                return;
            }
            ShiftLeftNaming naming = new ShiftLeftNaming(naming(environment, env));
            topologies.put(environment, ProjectTopology.of(project.graph().get().nodes(), naming));
            log.info(
                    "Scanned the project of {} at {}: {} tables in {} ms",
                    environment,
                    env.projectPath(),
                    project.tables().size(),
                    (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            log.warn(
                    "Cannot scan the project of environment {} at {}"
                            + " (monitor.environments.{}.project-path): {}",
                    environment,
                    env.projectPath(),
                    environment,
                    e.toString());
        }
    }

    private static NamingSettings naming(String name, MonitorProperties.Environment env) {
        String clusterType =
                env.clusterType() == null || env.clusterType().isBlank()
                        ? name
                        : env.clusterType().strip();
        return new NamingSettings(clusterType, env.region(), env.productInStatementNames());
    }

    @Override
    public void start() {
        ScheduledExecutorService s =
                Executors.newSingleThreadScheduledExecutor(
                        r -> {
                            Thread t = new Thread(r, "monitor-project-scan");
                            t.setDaemon(true);
                            return t;
                        });
        Duration every = properties.projectRefresh();
        for (String environment : properties.environments().keySet()) {
            s.scheduleWithFixedDelay(
                    () -> scan(environment), 0, every.toMillis(), TimeUnit.MILLISECONDS);
        }
        scanner = s;
    }

    @Override
    public void stop() {
        ScheduledExecutorService s = scanner;
        scanner = null;
        if (s != null) {
            s.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return scanner != null;
    }
}

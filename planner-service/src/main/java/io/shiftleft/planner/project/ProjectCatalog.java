package io.shiftleft.planner.project;

import io.shiftleft.pipeline.cache.AnalysisCache;
import io.shiftleft.pipeline.project.Project;
import io.shiftleft.pipeline.project.ProjectProblem;
import io.shiftleft.pipeline.project.ProjectScanner;
import io.shiftleft.pipeline.project.ScanOptions;
import io.shiftleft.pipeline.sql.SqlAnalyzer;
import io.shiftleft.planner.PlannerException;
import io.shiftleft.planner.environment.EnvironmentSettings;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The scanned project of each environment. Each call checks the project's files (names, sizes,
 * modification times) and scans again only when they changed; SQL texts analysed before are taken
 * from the environment's in-memory analysis cache, so a re-scan parses only edited files.
 */
@Service
public class ProjectCatalog {

    private static final Logger log = LoggerFactory.getLogger(ProjectCatalog.class);
    private static final int PROBLEMS_SHOWN = 5;

    /** The last scan of an environment's project and the file fingerprint it was made from. */
    private record Scanned(String fingerprint, Project project) {}

    private final SqlAnalyzer analyzer = new SqlAnalyzer();
    private final Map<String, AnalysisCache> caches = new ConcurrentHashMap<>();
    private final Map<String, Scanned> scanned = new ConcurrentHashMap<>();

    /**
     * The environment's project as its files are now.
     *
     * @throws PlannerException PROJECT_INVALID when the folder is not a project, or the project has
     *     errors or a cycle (the first few are listed with file and line)
     */
    public Project project(EnvironmentSettings env) {
        synchronized (caches.computeIfAbsent(env.name(), n -> AnalysisCache.inMemory())) {
            String fingerprint = ProjectFingerprint.of(env.projectPath());
            Scanned last = scanned.get(env.name());
            if (last == null || !last.fingerprint().equals(fingerprint)) {
                last = new Scanned(fingerprint, scan(env));
                scanned.put(env.name(), last);
            }
            return checked(env, last.project());
        }
    }

    private Project scan(EnvironmentSettings env) {
        long start = System.nanoTime();
        Project project;
        try {
            project =
                    new ProjectScanner(
                                    analyzer,
                                    new ScanOptions(true, "common"),
                                    caches.get(env.name()))
                            .scan(env.projectPath());
        } catch (IllegalArgumentException e) {
            throw new PlannerException(
                    PlannerException.Reason.PROJECT_INVALID,
                    "environment '"
                            + env.name()
                            + "': "
                            + e.getMessage()
                            + " (planner.environments."
                            + env.name()
                            + ".project-path)",
                    e);
        }
        log.info(
                "Scanned the project of {} at {}: {} tables, {} problems, in {} ms",
                env.name(),
                project.root(),
                project.tables().size(),
                project.problems().size(),
                (System.nanoTime() - start) / 1_000_000);
        return project;
    }

    private static Project checked(EnvironmentSettings env, Project project) {
        if (project.hasErrors() || project.graph().isEmpty()) {
            String errors =
                    project.problems().stream()
                            .filter(p -> p.severity() == ProjectProblem.Severity.ERROR)
                            .limit(PROBLEMS_SHOWN)
                            .map(ProjectProblem::toString)
                            .collect(Collectors.joining("; "));
            throw new PlannerException(
                    PlannerException.Reason.PROJECT_INVALID,
                    "the project of environment '"
                            + env.name()
                            + "' at "
                            + project.root()
                            + " has errors, so it is not planned: "
                            + errors);
        }
        return project;
    }
}

package io.shiftleft.bench;

import io.shiftleft.pipeline.graph.TableGraph;
import io.shiftleft.pipeline.model.TableNode;
import io.shiftleft.pipeline.model.TableType;
import io.shiftleft.pipeline.naming.NamingSettings;
import io.shiftleft.pipeline.naming.ShiftLeftNaming;
import io.shiftleft.pipeline.plan.ComputePoolResolver;
import io.shiftleft.pipeline.plan.ExecutionPlan;
import io.shiftleft.pipeline.plan.ExecutionPlanner;
import io.shiftleft.pipeline.plan.PlanOptions;
import io.shiftleft.pipeline.plan.PlanScope;
import io.shiftleft.pipeline.plan.RunningState;
import io.shiftleft.pipeline.plan.StatementNamer;
import io.shiftleft.pipeline.project.Project;
import io.shiftleft.pipeline.project.ProjectScanner;
import io.shiftleft.pipeline.project.ScanOptions;
import io.shiftleft.pipeline.sql.SqlAnalyzer;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Execution plans on a generated project (scanned once per trial): the restart of the source that
 * most tables read, with {@code --may-start-descendants} while everything runs, and the plan of a
 * whole product while nothing runs.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx1g"})
@State(Scope.Benchmark)
public class PlanBenchmark {

    private static final Set<String> COMMON_PRODUCTS = Set.of("common", "seeds");

    @Param("10000")
    public int tables;

    @Param("20")
    public int products;

    @Param("42")
    public long seed;

    private ExecutionPlanner planner;
    private String source;
    private String product;
    private RunningState everythingRuns;

    @Setup(Level.Trial)
    public void scan() {
        Path root = BenchProjects.generate(tables, products, seed);
        Project project;
        try {
            project = new ProjectScanner(new SqlAnalyzer(), ScanOptions.defaults()).scan(root);
        } finally {
            BenchProjects.delete(root);
        }
        TableGraph graph = project.requireGraph();
        ShiftLeftNaming naming = new ShiftLeftNaming(NamingSettings.of("dev", "us-west-2"));
        StatementNamer namer =
                new StatementNamer() {
                    @Override
                    public String ddlStatementName(TableNode table) {
                        return naming.ddlStatementName(table);
                    }

                    @Override
                    public String dmlStatementName(TableNode table) {
                        return naming.dmlStatementName(table);
                    }
                };
        planner =
                new ExecutionPlanner(
                        graph,
                        namer,
                        ComputePoolResolver.none(),
                        node -> project.tables().get(node.tableName()).sqlHash());
        List<TableNode> own = graph.nodes().values().stream().filter(n -> !n.isExternal()).toList();
        TableNode widest =
                own.stream()
                        .filter(n -> n.type() == TableType.SOURCE)
                        .max(
                                Comparator.comparingInt(
                                        (TableNode n) -> graph.descendants(n.tableName()).size()))
                        .orElseThrow();
        source = widest.tableName();
        product = widest.productName();
        everythingRuns =
                RunningState.runningTables(own.stream().map(TableNode::tableName).toList());
    }

    @Benchmark
    public ExecutionPlan tableMayStartDescendants() {
        return planner.plan(
                new PlanScope.Table(source),
                new PlanOptions(true, false, false, false, Set.of(), null, COMMON_PRODUCTS),
                everythingRuns);
    }

    @Benchmark
    public ExecutionPlan product() {
        return planner.plan(
                new PlanScope.Product(product),
                new PlanOptions(false, false, false, false, Set.of(), null, COMMON_PRODUCTS),
                RunningState.none());
    }
}

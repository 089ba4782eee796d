package io.shiftleft.pipeline.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shiftleft.pipeline.model.TableNode;
import io.shiftleft.pipeline.model.TableType;
import io.shiftleft.pipeline.project.Project;
import io.shiftleft.pipeline.project.ProjectProblem;
import io.shiftleft.pipeline.project.ProjectScanner;
import io.shiftleft.pipeline.project.ProjectTable;
import io.shiftleft.pipeline.project.ProjectValidator;
import io.shiftleft.pipeline.project.ScanOptions;
import io.shiftleft.pipeline.sql.SqlAnalysis;
import io.shiftleft.pipeline.sql.SqlAnalyzer;
import io.shiftleft.pipeline.sql.StateSignal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectGeneratorTests {

    private static final GeneratorSettings SETTINGS = new GeneratorSettings(300, 7, 42);

    @TempDir static Path shared;

    private static GeneratedProject generated;
    private static Project scanned;

    @BeforeAll
    static void generateAndScan() {
        generated = new ProjectGenerator(SETTINGS).generate(shared);
        scanned = new ProjectScanner(new SqlAnalyzer(), ScanOptions.defaults()).scan(shared);
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOtherBytes(@TempDir Path a, @TempDir Path b)
            throws IOException {
        GeneratorSettings small = new GeneratorSettings(60, 4, 7);
        new ProjectGenerator(small).generate(a);
        new ProjectGenerator(small).generate(b);

        Map<String, byte[]> first = files(a);
        Map<String, byte[]> second = files(b);
        assertThat(first.keySet()).isEqualTo(second.keySet());
        first.forEach((path, bytes) -> assertThat(second.get(path)).as(path).isEqualTo(bytes));

        GeneratedProject other = new ProjectGenerator(new GeneratorSettings(60, 4, 8)).model();
        assertThat(other.tables()).isNotEqualTo(new ProjectGenerator(small).model().tables());
    }

    @Test
    void theGeneratedProjectScansAndValidatesWithoutErrorsFallbacksOrUndeclaredTables() {
        assertThat(scanned.problems()).isEmpty();
        assertThat(scanned.graph()).isPresent();
        assertThat(scanned.undeclared()).isEmpty();
        List<ProjectProblem> problems = ProjectValidator.validate(scanned);
        assertThat(problems).isEmpty();
        for (ProjectTable table : scanned.tables().values()) {
            for (SqlAnalysis analysis : new SqlAnalysis[] {table.ddl(), table.dml()}) {
                if (analysis != null) {
                    assertThat(analysis.usedFallback()).isFalse();
                    assertThat(analysis.problems()).isEmpty();
                }
            }
        }
    }

    @Test
    void theScannedGraphHasExactlyTheGeneratedTablesAndEdgesDespiteTheDecoys() {
        for (GeneratedTable table : generated.tables()) {
            TableNode node = scanned.tables().get(table.name()).node();
            assertThat(node.type()).as(table.name()).isEqualTo(table.type());
            assertThat(node.productName()).isEqualTo(table.product());
            assertThat(node.folder()).isEqualTo(table.folder());
            assertThat(node.parents())
                    .as(table.name())
                    .containsExactlyInAnyOrderElementsOf(table.parents());
        }
        long external =
                scanned.tables().values().stream().filter(t -> t.node().isExternal()).count();
        assertThat(external).isEqualTo(generated.externals().size());
        assertThat(scanned.tables())
                .hasSize(generated.tables().size() + generated.externals().size());
    }

    @Test
    void layersProductsAndEdgesAreAsRequested() {
        assertThat(generated.tables()).hasSize(300);
        assertThat(generated.tablesByProduct()).hasSize(7);
        assertThat(generated.tablesByProduct().values())
                .allSatisfy(n -> assertThat(n).isIn(42, 43));
        Map<TableType, Integer> byType = generated.tablesByType();
        assertThat(byType)
                .containsEntry(TableType.SOURCE, 60)
                .containsEntry(TableType.DIMENSION, 36)
                .containsEntry(TableType.FACT, 45)
                .containsEntry(TableType.VIEW, 9)
                .containsEntry(TableType.INTERMEDIATE, 150);
        assertThat(generated.externals()).hasSize(60);
        assertThat(generated.propertiesFiles()).isPositive();

        int edges = 0;
        for (GeneratedTable t : generated.tables()) {
            assertThat(t.parents()).hasSizeBetween(1, 3).doesNotHaveDuplicates();
            assertThat(t.parents()).hasSize(t.shape().parents());
            edges += t.parents().size();
        }
        assertThat(generated.edges()).isEqualTo(edges);
        int scannedEdges =
                scanned.tables().values().stream().mapToInt(t -> t.node().parents().size()).sum();
        assertThat(scannedEdges).isEqualTo(edges);
        assertThat(generated.crossProductEdges()).isBetween(edges / 50, edges / 5);
    }

    @Test
    void everyTableReadsOnlyLowerLevelsAndTemporalJoinsReadDimensions() {
        Map<String, GeneratedTable> byName = new TreeMap<>();
        generated.tables().forEach(t -> byName.put(t.name(), t));
        for (GeneratedTable t : generated.tables()) {
            for (String parent : t.parents()) {
                GeneratedTable p = byName.get(parent);
                if (p == null) {
                    assertThat(t.type()).isEqualTo(TableType.SOURCE);
                    assertThat(parent).startsWith("raw_");
                } else {
                    assertThat(p.level()).as(t.name() + " reads " + parent).isLessThan(t.level());
                }
            }
            if (t.shape().temporal()) {
                String last = t.parents().get(t.parents().size() - 1);
                assertThat(byName.get(last).type()).isEqualTo(TableType.DIMENSION);
            }
        }
        assertThat(
                        scanned.requireGraph()
                                .depth(
                                        byName.values().stream()
                                                .filter(t -> t.type() == TableType.VIEW)
                                                .findFirst()
                                                .orElseThrow()
                                                .name()))
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void theSqlUsesEveryShapeJoinsAggregationsWindowsAndTemporalJoins() {
        Set<SqlShape> shapes = EnumSet.noneOf(SqlShape.class);
        generated.tables().forEach(t -> shapes.add(t.shape()));
        assertThat(shapes).containsExactlyInAnyOrder(SqlShape.values());

        Set<StateSignal> signals = new HashSet<>();
        int leftJoins = 0;
        int regularJoins = 0;
        for (ProjectTable t : scanned.tables().values()) {
            if (t.dml() != null) {
                signals.addAll(t.dml().stateSignals());
                leftJoins += t.dml().complexity().leftJoins();
                regularJoins += t.dml().complexity().regularJoins();
            }
        }
        assertThat(signals)
                .contains(
                        StateSignal.JOIN,
                        StateSignal.TEMPORAL_JOIN,
                        StateSignal.GROUP_BY,
                        StateSignal.WINDOW_TVF,
                        StateSignal.OVER);
        assertThat(leftJoins).isPositive();
        assertThat(regularJoins).isPositive();
        assertThat(
                        scanned.tables().values().stream()
                                .filter(t -> t.ddl() != null)
                                .filter(t -> t.ddl().primaryKey().isPresent())
                                .filter(t -> t.ddl().changelogMode().orElse("").equals("upsert")))
                .isNotEmpty();
    }

    @Test
    void tinyProjectsStillFormAValidGraph(@TempDir Path root) {
        for (int n = 1; n <= 12; n++) {
            Path folder = root.resolve("n" + n);
            GeneratedProject small =
                    new ProjectGenerator(new GeneratorSettings(n, Math.min(n, 3), n))
                            .generate(folder);
            Project project =
                    new ProjectScanner(new SqlAnalyzer(), ScanOptions.defaults()).scan(folder);
            assertThat(small.tables()).hasSize(n);
            assertThat(ProjectValidator.validate(project)).as("n=" + n).isEmpty();
        }
    }

    @Test
    void refusesAFolderThatAlreadyHoldsAProjectAndBadSettings(@TempDir Path root) {
        new ProjectGenerator(new GeneratorSettings(3, 1, 1)).generate(root);
        assertThatThrownBy(
                        () -> new ProjectGenerator(new GeneratorSettings(3, 1, 1)).generate(root))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("already exists");
        assertThatThrownBy(() -> new GeneratorSettings(0, 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GeneratorSettings(3, 4, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void productNamesStayDistinctBeyondTheBuiltInList() {
        List<String> names = ProjectGenerator.productNames(45);
        assertThat(names).doesNotHaveDuplicates().contains("orders", "orders_2", "orders_3");
        assertThat(names).doesNotContain("common", "seeds", "None");
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }
}

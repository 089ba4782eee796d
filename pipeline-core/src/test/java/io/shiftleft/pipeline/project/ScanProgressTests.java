package io.shiftleft.pipeline.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftleft.pipeline.sql.SqlAnalyzer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ScanProgressTests {

    @Test
    void tellsOnceForEveryTableFolderUpToTheTotal() {
        List<int[]> calls = new CopyOnWriteArrayList<>();

        new ProjectScanner(new SqlAnalyzer(), ScanOptions.defaults())
                .scan(
                        Path.of("..", "examples", "ecommerce"),
                        (done, total) -> calls.add(new int[] {done, total}));

        assertThat(calls).hasSize(14);
        assertThat(calls).allSatisfy(c -> assertThat(c[1]).isEqualTo(14));
        assertThat(calls.stream().mapToInt(c -> c[0]).sorted().toArray())
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
    }
}

package io.shiftleft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftleft.pipeline.cache.AnalysisCache;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTests {

    @Test
    void writesAProjectThatValidatesWithTheCacheByDefault(@TempDir Path root) {
        CliRun.Result generated =
                run(
                        new GenerateCommand(),
                        "--tables",
                        "80",
                        "--products",
                        "4",
                        "--seed",
                        "3",
                        "--output",
                        root.toString());

        assertThat(generated.code()).as(generated.err()).isZero();
        assertThat(generated.out())
                .contains("Wrote 80 tables over 4 products")
                .contains("16 source, 41 intermediate, 9 dimension, 12 fact, 2 view")
                .contains("16 external raw topics");
        assertThat(root.resolve("pipelines/seeds/external_tables.json")).isRegularFile();

        CliRun.Result validated = run(new ValidateCommand(), "--project-path", root.toString());

        assertThat(validated.code()).as(validated.out()).isZero();
        assertThat(validated.out()).contains("96 tables, 0 error(s), 0 warning(s)");
        assertThat(root.resolve(AnalysisCache.DEFAULT_FILE)).isRegularFile();
    }

    @Test
    void noCacheLeavesNoCacheFile(@TempDir Path root) {
        run(new GenerateCommand(), "--tables", "20", "--output", root.toString());

        CliRun.Result validated =
                run(new ValidateCommand(), "--project-path", root.toString(), "--no-cache");

        assertThat(validated.code()).as(validated.out()).isZero();
        assertThat(root.resolve(".shift-left")).doesNotExist();
    }

    @Test
    void theSameSeedGivesTheSameProject(@TempDir Path a, @TempDir Path b) throws Exception {
        run(new GenerateCommand(), "--tables", "30", "--seed", "9", "--output", a.toString());
        run(new GenerateCommand(), "--tables", "30", "--seed", "9", "--output", b.toString());
        Path file = Path.of("pipelines", "seeds", "external_tables.json");

        assertThat(Files.readString(a.resolve(file))).isEqualTo(Files.readString(b.resolve(file)));
    }

    @Test
    void refusesBadSettingsAndAnExistingProject(@TempDir Path root) {
        assertThat(run(new GenerateCommand(), "--tables", "0", "--output", root.toString()).code())
                .isEqualTo(ExitCodes.USAGE);
        CliRun.Result tooManyProducts =
                run(
                        new GenerateCommand(),
                        "--tables",
                        "5",
                        "--products",
                        "6",
                        "--output",
                        root.toString());
        assertThat(tooManyProducts.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(tooManyProducts.err()).contains("products must be between 1 and");

        assertThat(run(new GenerateCommand(), "--tables", "5", "--output", root.toString()).code())
                .isZero();
        CliRun.Result again =
                run(new GenerateCommand(), "--tables", "5", "--output", root.toString());
        assertThat(again.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(again.err()).contains("already exists");
    }

    static CliRun.Result run(Object command, String... args) {
        return CliRun.run(command, args);
    }
}

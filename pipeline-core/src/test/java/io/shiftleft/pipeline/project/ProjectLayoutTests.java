package io.shiftleft.pipeline.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiftleft.pipeline.model.TableType;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProjectLayoutTests {

    @Test
    void typesATableByTheLayerFolderUnderPipelines() {
        assertThat(ProjectLayout.typeOf(Path.of("pipelines/facts/p1/fct_order")))
                .isEqualTo(TableType.FACT);
        assertThat(ProjectLayout.typeOf(Path.of("pipelines/stage/p1/x")))
                .isEqualTo(TableType.INTERMEDIATE);
        assertThat(ProjectLayout.typeOf(Path.of("pipelines/seeds/c360/raw_users")))
                .isEqualTo(TableType.SEED);
    }

    @Test
    void ignoresFolderNamesThatMerelyContainALayerWord() {
        // shift_left types these by substring: "resources" as a source, "mv_data" as a view.
        assertThat(ProjectLayout.typeOf(Path.of("pipelines/facts/p1/resources")))
                .isEqualTo(TableType.FACT);
        assertThat(ProjectLayout.typeOf(Path.of("pipelines/other/mv_data/x")))
                .isEqualTo(TableType.UNKNOWN);
    }

    @Test
    void findsTheLayerBelowADataProductFolder() {
        Path table = Path.of("pipelines/data_product_1/dimensions/c360/dim_users");

        assertThat(ProjectLayout.typeOf(table)).isEqualTo(TableType.DIMENSION);
        assertThat(ProjectLayout.productOf(table)).isEqualTo("c360");
    }

    @Test
    void takesTheProductFromTheFolderAboveTheTableFolder() {
        assertThat(ProjectLayout.productOf(Path.of("pipelines/facts/p1/fct_order")))
                .isEqualTo("p1");
        assertThat(ProjectLayout.productOf(Path.of("pipelines/sources/src_a"))).isEqualTo("None");
        assertThat(ProjectLayout.productOf(Path.of("pipelines/seeds/x"))).isEqualTo("seeds");
    }
}

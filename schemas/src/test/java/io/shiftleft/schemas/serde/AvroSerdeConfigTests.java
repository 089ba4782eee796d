package io.shiftleft.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class AvroSerdeConfigTests {

    @Test
    void readsTheReferenceSerdesKeysWithTheirDefaults() {
        AvroSerdeConfig config =
                AvroSerdeConfig.from(Map.of("schema.registry.url", "http://a:1/, http://b:2"));

        assertThat(config.registryUrls()).isEqualTo(List.of("http://a:1", "http://b:2"));
        assertThat(config.autoRegister()).isTrue();
        assertThat(config.useLatestVersion()).isFalse();
        assertThat(config.specificReader()).isFalse();
        assertThat(config.valueStrategy()).isEqualTo(SubjectNameStrategy.TOPIC_NAME);
    }

    @Test
    void namesTheMissingRegistryUrl() {
        assertThatThrownBy(() -> AvroSerdeConfig.from(Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("schema.registry.url");
    }

    @Test
    void namesTheKeyOfAValueThatIsNotABoolean() {
        assertThatThrownBy(
                        () ->
                                AvroSerdeConfig.from(
                                        Map.of(
                                                "schema.registry.url", "http://a:1",
                                                "auto.register.schemas", "yes")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("auto.register.schemas");
    }

    @Test
    void neverPrintsTheRegistryPassword() {
        AvroSerdeConfig config =
                AvroSerdeConfig.from(
                        Map.of(
                                "schema.registry.url", "http://a:1",
                                "basic.auth.credentials.source", "USER_INFO",
                                "basic.auth.user.info", "svc:s3cr3t"));

        assertThat(config.userInfo()).isEqualTo("svc:s3cr3t");
        assertThat(config.toString()).doesNotContain("s3cr3t");
    }

    @Test
    void rejectsAnUnknownSubjectStrategy() {
        assertThatThrownBy(
                        () ->
                                AvroSerdeConfig.from(
                                        Map.of(
                                                "schema.registry.url", "http://a:1",
                                                "value.subject.name.strategy", "com.acme.Mine")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("value.subject.name.strategy");
    }
}

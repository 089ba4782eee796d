package io.shiftleft.support.platform;

import io.shiftleft.platform.apache.ApacheFlinkSettings;
import io.shiftleft.platform.confluent.ConfluentSettings;
import io.shiftleft.platform.confluent.Credentials;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Turns an environment's properties into its adapter's settings, naming what is missing. */
final class PlatformSettings {

    private PlatformSettings() {}

    static ApacheFlinkSettings apache(PlatformProperties.Apache a, String prefix) {
        ApacheFlinkSettings.Builder b =
                ApacheFlinkSettings.builder(
                        required(a.gatewayUrl(), prefix + ".gateway-url"),
                        required(a.restUrl(), prefix + ".rest-url"));
        if (present(a.savepointDirectory())) {
            b.savepointDirectory(a.savepointDirectory().strip());
        }
        if (present(a.gatewayApiVersion())) {
            b.gatewayApiVersion(a.gatewayApiVersion().strip());
        }
        if (a.sessionProperties() != null) {
            b.sessionProperties(a.sessionProperties());
        }
        if (a.operationTimeout() != null) {
            b.operationTimeout(a.operationTimeout());
        }
        if (a.sessionInitFiles() != null) {
            b.sessionInitSql(
                    a.sessionInitFiles().stream()
                            .map(file -> read(file, prefix + ".session-init-files"))
                            .toList());
        }
        return b.build();
    }

    /** A session init file's text (UTF-8, BOM removed); a missing one names the setting. */
    private static String read(Path file, String setting) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    setting + ": cannot read " + file.toAbsolutePath() + ": " + e, e);
        }
    }

    static ConfluentSettings confluent(PlatformProperties.Confluent c, String prefix) {
        ConfluentSettings.Builder b =
                ConfluentSettings.builder()
                        .organizationId(required(c.organizationId(), prefix + ".organization-id"))
                        .environmentId(required(c.environmentId(), prefix + ".environment-id"))
                        .statementsBaseUrl(required(c.statementsUrl(), prefix + ".statements-url"))
                        .flinkApi(
                                new Credentials(
                                        required(c.flinkApiKey(), prefix + ".flink-api-key"),
                                        required(
                                                c.flinkApiSecret(), prefix + ".flink-api-secret")));
        if (c.cloudApiUrl() != null) {
            b.cloudApiBaseUrl(c.cloudApiUrl());
        }
        if (c.metricsApiUrl() != null) {
            b.metricsApiBaseUrl(c.metricsApiUrl());
        }
        if (present(c.cloudApiKey())) {
            b.cloudApi(
                    new Credentials(
                            c.cloudApiKey(),
                            required(c.cloudApiSecret(), prefix + ".cloud-api-secret")));
        }
        if (present(c.computePoolId())) {
            b.defaultComputePoolId(c.computePoolId().strip());
        }
        if (present(c.catalog())) {
            b.currentCatalog(c.catalog().strip());
        }
        if (present(c.database())) {
            b.currentDatabase(c.database().strip());
        }
        if (c.pageSize() != null) {
            b.pageSize(c.pageSize());
        }
        return b.build();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String required(String value, String property) {
        if (!present(value)) {
            throw new IllegalArgumentException(property + " is required");
        }
        return value.strip();
    }

    private static URI required(URI value, String property) {
        if (value == null) {
            throw new IllegalArgumentException(property + " is required");
        }
        return value;
    }
}

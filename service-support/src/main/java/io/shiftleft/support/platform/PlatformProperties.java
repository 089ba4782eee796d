package io.shiftleft.support.platform;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The Flink platform of one environment, as a service configures it (the deployer under {@code
 * deployer.platforms.<environment>.*}, the monitor under {@code
 * monitor.environments.<environment>.platform.*}): its kind and the settings of that kind's
 * adapter. Secrets are best given as {@code ${VARIABLE}} placeholders or environment variables;
 * {@link #toString()} never shows them.
 *
 * @param kind {@code confluent-cloud} or {@code apache-flink}
 * @param apache the Apache Flink adapter's settings, for {@code apache-flink}
 * @param confluent the Confluent Cloud adapter's settings, for {@code confluent-cloud}
 */
public record PlatformProperties(String kind, Apache apache, Confluent confluent) {

    /** The kind that selects the Confluent Cloud adapter. */
    public static final String CONFLUENT_CLOUD = "confluent-cloud";

    /** The kind that selects the Apache Flink adapter. */
    public static final String APACHE_FLINK = "apache-flink";

    /**
     * Where the Apache Flink adapter calls ({@code …apache.*}).
     *
     * @param gatewayUrl the SQL Gateway REST endpoint
     * @param restUrl the JobManager REST API of the cluster the gateway submits to
     * @param savepointDirectory where a stop writes its savepoint; empty for the cluster's default
     * @param gatewayApiVersion the gateway API version ({@code v3} when empty)
     * @param sessionProperties properties of the gateway session statements run in
     * @param operationTimeout how long one gateway operation may take (2 min when empty)
     * @param sessionInitFiles SQL files, one statement each, run in every new gateway session
     *     before the stored DDL is replayed (the tables of pre-provisioned topics that statements
     *     read)
     */
    public record Apache(
            URI gatewayUrl,
            URI restUrl,
            String savepointDirectory,
            String gatewayApiVersion,
            Map<String, String> sessionProperties,
            Duration operationTimeout,
            List<Path> sessionInitFiles) {}

    /**
     * Where and as whom the Confluent Cloud adapter calls ({@code …confluent.*}).
     *
     * @param organizationId the organization (a UUID)
     * @param environmentId the Confluent environment ({@code env-…})
     * @param statementsUrl the regional Flink SQL endpoint
     * @param cloudApiUrl the Cloud API (compute pools); the public one when empty
     * @param metricsApiUrl the metrics API; the public one when empty
     * @param flinkApiKey the Flink API key
     * @param flinkApiSecret its secret
     * @param cloudApiKey the Cloud API key, optional
     * @param cloudApiSecret its secret
     * @param computePoolId the pool of statements whose command names none
     * @param catalog {@code sql.current-catalog} unless a command gives it
     * @param database {@code sql.current-database} unless a command gives it
     * @param pageSize statements per page of a list call, 1 to 100 (100 when empty)
     */
    public record Confluent(
            String organizationId,
            String environmentId,
            URI statementsUrl,
            URI cloudApiUrl,
            URI metricsApiUrl,
            String flinkApiKey,
            String flinkApiSecret,
            String cloudApiKey,
            String cloudApiSecret,
            String computePoolId,
            String catalog,
            String database,
            Integer pageSize) {

        @Override
        public String toString() {
            return "Confluent[organizationId="
                    + organizationId
                    + ", environmentId="
                    + environmentId
                    + ", statementsUrl="
                    + statementsUrl
                    + ", flinkApiKey="
                    + flinkApiKey
                    + ", flinkApiSecret=<redacted>, cloudApiKey="
                    + cloudApiKey
                    + ", cloudApiSecret=<redacted>]";
        }
    }
}

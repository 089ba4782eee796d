package io.shiftleft.deployer;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The deployer's settings ({@code deployer.*}).
 *
 * @param platforms the Flink platform of each environment, by environment name (for example {@code
 *     deployer.platforms.dev=apache-flink}); an environment without one gets its commands rejected
 */
@ConfigurationProperties("deployer")
public record DeployerProperties(Map<String, String> platforms) {

    public DeployerProperties {
        platforms = platforms == null ? Map.of() : Map.copyOf(platforms);
    }
}

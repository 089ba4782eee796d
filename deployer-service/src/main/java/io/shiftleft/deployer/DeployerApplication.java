package io.shiftleft.deployer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The deployer: executes deployment commands on a Flink platform and answers with results. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DeployerApplication {

    public static void main(String[] args) {
        SpringApplication.run(DeployerApplication.class, args);
    }
}

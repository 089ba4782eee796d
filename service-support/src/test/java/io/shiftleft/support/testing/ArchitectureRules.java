package io.shiftleft.support.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The house rules every service keeps: feature code outside {@code adapter} packages never touches
 * Kafka, Avro, JDBC or the web, and features do not depend on each other in cycles.
 */
public final class ArchitectureRules {

    private ArchitectureRules() {}

    /** Checks the rules on the service's classes under the base package. */
    public static void check(String basePackage) {
        JavaClasses classes =
                new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages(basePackage);
        noClasses()
                .that()
                .resideOutsideOfPackage("..adapter..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework.kafka..",
                        "org.apache.kafka..",
                        "org.apache.avro..",
                        "io.shiftleft.schemas.avro..",
                        "org.springframework.jdbc..",
                        "org.springframework.data..",
                        "org.springframework.web..")
                .because("business code stays free of transports (house style rule 3)")
                .check(classes);
        slices().matching(basePackage + ".(*)..").should().beFreeOfCycles().check(classes);
    }
}

/**
 * What every shift-left service shares, as Spring Boot auto-configuration: topic declaration, the
 * dead-letter error policy, Kafka health, and the tracing exporter choice. Services import {@code
 * classpath:shiftleft-service-defaults.yaml} for the matching property defaults.
 */
package io.shiftleft.support;

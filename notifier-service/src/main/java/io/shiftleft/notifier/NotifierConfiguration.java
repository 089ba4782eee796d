package io.shiftleft.notifier;

import io.shiftleft.notifier.subscription.SecretCipher;
import io.shiftleft.notifier.subscription.TargetPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The notifier's shared beans: its clock (tests replace it to drive retries and group timing), its
 * transactions, the cipher of stored secrets and the target policy.
 */
@Configuration(proxyBeanMethods = false)
class NotifierConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock notifierClock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnMissingBean
    TransactionTemplate transactionTemplate(PlatformTransactionManager transactions) {
        return new TransactionTemplate(transactions);
    }

    @Bean
    SecretCipher secretCipher(NotifierProperties properties) {
        NotifierProperties.Secrets s = properties.secrets();
        String key = s.key();
        if ((key == null || key.isBlank()) && s.keyFile() != null && !s.keyFile().isBlank()) {
            try {
                key = Files.readString(Path.of(s.keyFile()), StandardCharsets.US_ASCII).trim();
            } catch (IOException e) {
                throw new IllegalStateException(
                        "notifier.secrets.key-file " + s.keyFile() + " cannot be read: " + e, e);
            }
        }
        return new SecretCipher(key, s.previousKeys());
    }

    @Bean
    TargetPolicy targetPolicy(NotifierProperties properties) {
        return TargetPolicy.of(properties.targets());
    }
}

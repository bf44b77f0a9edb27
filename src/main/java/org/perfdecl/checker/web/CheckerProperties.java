package org.perfdecl.checker.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The service's settings ({@code checker.*} in application.properties). */
@ConfigurationProperties("checker")
public record CheckerProperties(String rulesDir, boolean watchRules, int maxRuleFirings, long maxBodyBytes,
                                int maxBatchSize, long maxBatchBodyBytes, Admin admin) {

    public record Admin(String username, String password) {
    }
}

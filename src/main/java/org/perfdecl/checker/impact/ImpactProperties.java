package org.perfdecl.checker.impact;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * The impact endpoint's settings ({@code checker.impact.*}).
 *
 * @param candidatesDir the only folder whose sub-folders may be tried as candidate rule sets; unset: the
 *                      endpoint is off (a rules folder is never accepted from the request itself)
 * @param maxForms      the most stored forms one request may run (its {@code size})
 * @param timeLimit     the longest one request runs; the forms checked by then are answered
 */
@ConfigurationProperties("checker.impact")
public record ImpactProperties(String candidatesDir, Integer maxForms, Duration timeLimit) {

    public ImpactProperties {
        maxForms = maxForms == null ? 1000 : maxForms;
        timeLimit = timeLimit == null ? Duration.ofMinutes(2) : timeLimit;
    }
}

package org.perfdecl.checker.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;

/**
 * Checking is open to anyone who can reach the service. Reading the history and the audit log (and
 * managing waivers) needs the REVIEWER role; rule-set administration the ADMIN role, which implies
 * REVIEWER. Users come from configuration ({@link ConfiguredUsers}). Only those endpoints read
 * credentials at all, so a check never pays for a password check (and is recorded as anonymous);
 * attempts there are rate-limited per client (429 + Retry-After). Every refusal is an RFC 9457 problem.
 * An OIDC provider would replace HTTP Basic in {@link #protectedEndpoints} (see the README).
 * <p>
 * The check endpoints get a chain of their own with only what an anonymous, stateless request needs
 * (security headers, the per-client rate limit): the general chain's session, logout, anonymous and
 * authorization filters cost more per request than the filters do anything for a check, and the
 * chain runs twice per check (the request dispatch and the one after the body came in). Spring
 * Security's per-filter observations are off for the same reason (a timer per filter per dispatch);
 * the request timer {@code http_server_requests_seconds} stays.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfig {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);

    /** The endpoints that need the admin role; new admin endpoints go under /api/v1/admin/. */
    static final String[] ADMIN_PATHS = {"/api/v1/rules/reload", "/api/v1/rules/status", "/api/v1/admin/**"};

    /** The endpoints that need the reviewer role (or admin): the history, the audit log, waivers. */
    static final String[] REVIEWER_PATHS = {"/api/v1/reports/**", "/api/v1/projects/**", "/api/v1/audit/**",
            "/api/v1/waivers/**"};

    static boolean isReviewerPath(String path) {
        for (String p : REVIEWER_PATHS) {
            String prefix = p.substring(0, p.length() - "/**".length());
            if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                return true;
            }
        }
        return false;
    }

    @Bean
    @Order(1)
    SecurityFilterChain protectedEndpoints(HttpSecurity http, CheckerProperties properties) throws Exception {
        ConfiguredUsers users = new ConfiguredUsers(properties.admin(), properties.users());
        if (!users.anyWithRole(ConfiguredUsers.ADMIN)) {
            log.info("no admin configured (CHECKER_ADMIN_PASSWORD or checker.users.NAME.roles=ADMIN): "
                    + "rule reload and status endpoints are closed");
        }
        if (!users.any()) {
            log.info("no users configured (checker.users.NAME): the history and audit endpoints are closed");
        }
        var attempts = new ClientRateLimits(properties.admin().attemptsPerMinute());
        String[] paths = java.util.stream.Stream.concat(java.util.Arrays.stream(ADMIN_PATHS),
                java.util.Arrays.stream(REVIEWER_PATHS)).toArray(String[]::new);
        stateless(http.securityMatcher(paths))
                .authenticationProvider(users)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(ADMIN_PATHS).hasRole(ConfiguredUsers.ADMIN)
                        .anyRequest().hasRole(ConfiguredUsers.REVIEWER))
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized()))
                .addFilterBefore(new RateLimitFilter(attempts,
                        r -> r.getHeader("Authorization") != null && !users.remembers(r.getHeader("Authorization")),
                        org.perfdecl.checker.report.ServiceTexts.text("problem.rate-limited.logins", java.util.Map.of())), BasicAuthenticationFilter.class);
        return http.build();
    }

    /** The public check endpoints: no credential, no session, no authorization decision to make. */
    static final String[] CHECK_PATHS = {"/api/v1/checks", "/api/v1/checks/**"};

    @Bean
    @Order(2)
    SecurityFilterChain checkEndpoints(HttpSecurity http, CheckerProperties properties) throws Exception {
        var checks = new ClientRateLimits(properties.http().checksPerMinute());
        http.securityMatcher(CHECK_PATHS)
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(AbstractHttpConfigurer::disable)
                .securityContext(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .anonymous(AbstractHttpConfigurer::disable)
                .servletApi(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .exceptionHandling(AbstractHttpConfigurer::disable);
        if (checks.enabled()) {
            http.addFilterAfter(new RateLimitFilter(checks, r -> HttpMethod.POST.matches(r.getMethod()),
                    org.perfdecl.checker.report.ServiceTexts.text("problem.rate-limited.checks", java.util.Map.of())), HeaderWriterFilter.class);
        }
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
        stateless(http).authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        return http.build();
    }

    /** Spring Security's own observations: a timer per filter per dispatch, which no one reads here. */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    private static HttpSecurity stateless(HttpSecurity http) throws Exception {
        return http.csrf(AbstractHttpConfigurer::disable) // no cookies, no sessions: nothing for CSRF to ride on
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized()).accessDeniedHandler(forbidden()));
    }

    private static AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"declaration-checker\"");
            // a credential sent and refused (a wrong password, a Bearer token) is told so, not "this endpoint needs a
            // credential", which its sender had given
            boolean sent = request.getHeader("Authorization") != null;
            Problems.send(request, response, sent
                    ? Problems.said(request, HttpStatus.UNAUTHORIZED, "unauthorized",
                    org.perfdecl.checker.report.ServiceTexts.text("problem.unauthorized.refused", java.util.Map.of()))
                    : Problems.said(request, HttpStatus.UNAUTHORIZED, "unauthorized", java.util.Map.of()));
        };
    }

    private static AccessDeniedHandler forbidden() {
        return (request, response, e) -> Problems.send(request, response,
                Problems.said(request, HttpStatus.FORBIDDEN, "forbidden", java.util.Map.of()));
    }
}

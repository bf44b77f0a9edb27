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
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Checking is open to anyone who can reach the service; rule-set administration needs the admin
 * credential from configuration (no password configured: no one is admin). Only the admin endpoints
 * read credentials at all, so a public request never pays for a password check; attempts there are
 * rate-limited per client (429 + Retry-After). Every refusal is an RFC 9457 problem.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfig {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);

    /** The endpoints that need the admin role; new admin endpoints go under /api/v1/admin/. */
    static final String[] ADMIN_PATHS = {"/api/v1/rules/reload", "/api/v1/rules/status", "/api/v1/admin/**"};

    @Bean
    @Order(1)
    SecurityFilterChain adminEndpoints(HttpSecurity http, CheckerProperties properties) throws Exception {
        AdminAuthentication admin = new AdminAuthentication(properties.admin());
        if (!admin.configured()) {
            log.info("no admin password configured (CHECKER_ADMIN_PASSWORD): rule reload and status endpoints are closed");
        }
        var attempts = new ClientRateLimits(properties.admin().attemptsPerMinute());
        stateless(http.securityMatcher(ADMIN_PATHS))
                .authenticationProvider(admin)
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole("ADMIN"))
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized()))
                .addFilterBefore(new RateLimitFilter(attempts, r -> r.getHeader("Authorization") != null,
                        "admin login attempts (checker.admin.attempts-per-minute)"), BasicAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain everythingElse(HttpSecurity http, CheckerProperties properties) throws Exception {
        var checks = new ClientRateLimits(properties.http().checksPerMinute());
        stateless(http).authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        if (checks.enabled()) {
            http.addFilterBefore(new RateLimitFilter(checks, r -> HttpMethod.POST.matches(r.getMethod())
                    && r.getRequestURI().startsWith(r.getContextPath() + "/api/v1/checks"),
                    "checks (checker.http.checks-per-minute)"), AuthorizationFilter.class);
        }
        return http.build();
    }

    private static HttpSecurity stateless(HttpSecurity http) throws Exception {
        return http.csrf(AbstractHttpConfigurer::disable) // no cookies, no sessions: nothing for CSRF to ride on
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized()).accessDeniedHandler(forbidden()));
    }

    private static AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"declaration-checker admin\"");
            Problems.send(request, response, Problems.of(HttpStatus.UNAUTHORIZED, "Unauthorized", "unauthorized",
                    "this endpoint needs the admin credential (HTTP Basic; see CHECKER_ADMIN_PASSWORD)"));
        };
    }

    private static AccessDeniedHandler forbidden() {
        return (request, response, e) -> Problems.send(request, response, Problems.of(HttpStatus.FORBIDDEN, "Forbidden",
                "forbidden", "this credential may not use this endpoint"));
    }
}

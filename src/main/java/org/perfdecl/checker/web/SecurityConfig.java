package org.perfdecl.checker.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Checking is open to anyone who can reach the service; rule-set administration (reload, status)
 * needs the admin credential from configuration. Without a configured password no one is admin.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfig {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.csrf(csrf -> csrf.disable()) // a stateless API without cookies: nothing for CSRF to ride on
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/v1/rules/reload", "/api/v1/rules/status").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/rules").permitAll()
                        .anyRequest().permitAll())
                .httpBasic(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    UserDetailsService users(CheckerProperties properties) {
        var admin = properties.admin();
        if (admin == null || admin.password() == null || admin.password().isBlank()) {
            log.info("no admin password configured (CHECKER_ADMIN_PASSWORD): rule reload and status endpoints are closed");
            return new InMemoryUserDetailsManager();
        }
        String password = admin.password().startsWith("{") ? admin.password() : "{noop}" + admin.password();
        return new InMemoryUserDetailsManager(User.withUsername(admin.username())
                .password(password)
                .passwordEncoder(p -> p)
                .roles("ADMIN").build());
    }

    @Bean
    org.springframework.security.crypto.password.PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}

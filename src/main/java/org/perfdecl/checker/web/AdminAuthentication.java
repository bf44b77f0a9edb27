package org.perfdecl.checker.web;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Checks the one admin credential of the configuration. A plain password is compared in constant
 * time on its SHA-256 digest (microseconds, so attempts cannot grind the CPU down); a password
 * configured as an encoded hash ({@code {bcrypt}…}) is checked by Spring's encoder at the cost its
 * owner chose. With no password configured, every attempt fails at once. Attempts are rate-limited
 * per client before they get here.
 */
final class AdminAuthentication implements AuthenticationProvider {

    private static final PasswordEncoder ENCODED = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    private final byte[] username;
    private final String password;

    AdminAuthentication(CheckerProperties.Admin admin) {
        this.username = digest(admin == null || admin.username() == null ? "" : admin.username());
        this.password = admin == null || admin.password() == null || admin.password().isBlank() ? null : admin.password();
    }

    boolean configured() {
        return password != null;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String given = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        boolean userMatches = MessageDigest.isEqual(username, digest(attempt.getName()));
        if (password == null || !userMatches || !passwordMatches(given)) {
            throw new BadCredentialsException("bad credentials");
        }
        return UsernamePasswordAuthenticationToken.authenticated(attempt.getName(), null,
                AuthorityUtils.createAuthorityList("ROLE_ADMIN"));
    }

    private boolean passwordMatches(String given) {
        if (password.startsWith("{")) {
            return ENCODED.matches(given, password);
        }
        return MessageDigest.isEqual(digest(password), digest(given));
    }

    @Override
    public boolean supports(Class<?> type) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}

package org.perfdecl.checker.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The users of the configuration: {@code checker.users.NAME} with an encoded password and roles, and the
 * admin of {@code checker.admin.*} (role ADMIN; no password configured: no admin). ADMIN implies REVIEWER.
 * <p>
 * An encoded password ({@code {bcrypt}…}) is checked by Spring's encoder at the cost its owner chose;
 * a credential that passed is remembered for a few minutes (as a SHA-256 digest), so a reviewer's page of
 * requests does not pay the hash each time. The admin's password may also be plain (an environment
 * secret, as before): it is compared in constant time on its SHA-256 digest. Attempts are rate-limited
 * per client before they get here.
 */
final class ConfiguredUsers implements AuthenticationProvider {

    static final String REVIEWER = "REVIEWER";
    static final String ADMIN = "ADMIN";
    private static final Set<String> ROLES = Set.of(REVIEWER, ADMIN);
    private static final PasswordEncoder ENCODED = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    private record Account(String password, List<GrantedAuthority> authorities) {
    }

    private final Map<String, Account> accounts = new LinkedHashMap<>();
    private final Cache<String, List<GrantedAuthority>> verified = Caffeine.newBuilder()
            .maximumSize(1_000).expireAfterWrite(Duration.ofMinutes(5)).build();

    ConfiguredUsers(CheckerProperties.Admin admin, Map<String, CheckerProperties.User> users) {
        if (users != null) {
            users.forEach((name, user) -> accounts.put(name, account(name, user)));
        }
        if (admin != null && admin.password() != null && !admin.password().isBlank()) {
            String name = admin.username() == null || admin.username().isBlank() ? "admin" : admin.username();
            if (accounts.containsKey(name)) {
                throw new UserSettingsException("admin-also-user", Map.of("name", name));
            }
            accounts.put(name, new Account(admin.password(), authorities(List.of(ADMIN))));
        }
    }

    private static Account account(String name, CheckerProperties.User user) {
        String password = user == null ? null : user.password();
        if (password == null || !password.matches("\\{[a-z0-9@._-]+}.+")) {
            throw new UserSettingsException("password-plain", Map.of("name", name));
        }
        List<String> roles = user.roles() == null ? List.of() : user.roles();
        if (roles.isEmpty()) {
            throw new UserSettingsException("roles-empty", Map.of("name", name));
        }
        for (String role : roles) {
            if (!ROLES.contains(role.trim().toUpperCase(Locale.ROOT))) {
                throw new UserSettingsException("role-unknown", Map.of("name", name, "role", role));
            }
        }
        return new Account(password, authorities(roles));
    }

    /** ADMIN implies REVIEWER. */
    private static List<GrantedAuthority> authorities(List<String> roles) {
        List<String> granted = new ArrayList<>();
        for (String role : roles) {
            String r = role.trim().toUpperCase(Locale.ROOT);
            granted.add("ROLE_" + r);
            if (r.equals(ADMIN)) {
                granted.add("ROLE_" + REVIEWER);
            }
        }
        return AuthorityUtils.createAuthorityList(granted.stream().distinct().toArray(String[]::new));
    }

    /** Whether anyone can log in at all. */
    boolean any() {
        return !accounts.isEmpty();
    }

    /** Whether some user has the role. */
    boolean anyWithRole(String role) {
        return accounts.values().stream().anyMatch(a -> a.authorities().stream()
                .anyMatch(g -> g.getAuthority().equals("ROLE_" + role)));
    }

    /**
     * Whether the request's Basic credential passed recently: such requests are not counted as login
     * attempts, so a reviewer can page through the history while guessing stays rate-limited.
     */
    boolean remembers(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        try {
            String pair = new String(java.util.Base64.getDecoder().decode(authorization.substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon >= 0 && verified.getIfPresent(
                    digestHex(pair.substring(0, colon) + '\u0000' + pair.substring(colon + 1))) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String name = attempt.getName();
        String given = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        String remembered = digestHex(name + '\u0000' + given);
        List<GrantedAuthority> authorities = verified.getIfPresent(remembered);
        if (authorities == null) {
            Account account = accounts.get(name);
            if (account == null || !matches(account.password(), given)) {
                throw new BadCredentialsException("bad credentials");
            }
            authorities = account.authorities();
            verified.put(remembered, authorities);
        }
        return UsernamePasswordAuthenticationToken.authenticated(name, null, authorities);
    }

    private static boolean matches(String password, String given) {
        if (password.startsWith("{")) {
            return ENCODED.matches(given, password);
        }
        return MessageDigest.isEqual(digest(password), digest(given));
    }

    @Override
    public boolean supports(Class<?> type) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
    }

    private static String digestHex(String text) {
        return HexFormat.of().formatHex(digest(text));
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}

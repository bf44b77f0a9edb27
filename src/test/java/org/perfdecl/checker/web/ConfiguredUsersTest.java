package org.perfdecl.checker.web;

import org.junit.jupiter.api.Test;
import org.perfdecl.checker.cli.Cli;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Users from configuration: encoded passwords only, known roles only, ADMIN implies REVIEWER. */
class ConfiguredUsersTest {

    private static final CheckerProperties.Admin NO_ADMIN = new CheckerProperties.Admin("admin", "", 10);

    /** What {@code hash-password} prints for the password on standard input. */
    private static String hashed(String password) {
        InputStream in = System.in;
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream((password + "\n").getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            assertThat(Cli.run("hash-password", "--strength", "4")).isZero();
        } finally {
            System.setIn(in);
            System.setOut(out);
        }
        return printed.toString(StandardCharsets.UTF_8).strip();
    }

    private static List<String> roles(ConfiguredUsers users, String name, String password) {
        return users.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, password))
                .getAuthorities().stream().map(GrantedAuthority::getAuthority).sorted().toList();
    }

    @Test
    void aHashedPasswordFromHashPasswordLogsInWithItsRolesAndAdminImpliesReviewer() {
        String hash = hashed("correct horse");
        assertThat(hash).startsWith("{bcrypt}$2a$04$");
        var users = new ConfiguredUsers(new CheckerProperties.Admin("root", "plain-admin-secret", 10), Map.of(
                "rita", new CheckerProperties.User(hash, List.of("REVIEWER")),
                "ada", new CheckerProperties.User(hash, List.of("admin"))));
        assertThat(roles(users, "rita", "correct horse")).containsExactly("ROLE_REVIEWER");
        assertThat(roles(users, "ada", "correct horse")).containsExactly("ROLE_ADMIN", "ROLE_REVIEWER");
        assertThat(roles(users, "root", "plain-admin-secret")).containsExactly("ROLE_ADMIN", "ROLE_REVIEWER");
        assertThat(roles(users, "rita", "correct horse")).containsExactly("ROLE_REVIEWER"); // remembered now
        assertThatThrownBy(() -> roles(users, "rita", "wrong")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> roles(users, "nobody", "correct horse")).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aPlainPasswordOrAnUnknownRoleStopsTheStartNamingTheProperty() {
        assertThatThrownBy(() -> new ConfiguredUsers(NO_ADMIN,
                Map.of("rita", new CheckerProperties.User("secret", List.of("REVIEWER")))))
                .hasMessageContaining("checker.users.rita.password").hasMessageContaining("hash-password");
        assertThatThrownBy(() -> new ConfiguredUsers(NO_ADMIN,
                Map.of("rita", new CheckerProperties.User("{noop}x", List.of("AUDITOR")))))
                .hasMessageContaining("checker.users.rita.roles").hasMessageContaining("AUDITOR");
        assertThatThrownBy(() -> new ConfiguredUsers(NO_ADMIN, Map.of("rita", new CheckerProperties.User("{noop}x", List.of()))))
                .hasMessageContaining("checker.users.rita.roles");
    }
}

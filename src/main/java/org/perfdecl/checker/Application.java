package org.perfdecl.checker;

import org.perfdecl.checker.cli.Cli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;

/**
 * One jar, two doors: {@code check}, {@code convert} and {@code rules} run the command line without
 * starting the web server (fast, for scripts and CI); anything else starts the service.
 *
 * <p>Spring Boot's stand-in user ({@code user}, with a password printed at start) is left out: the
 * service's logins are the ones {@code checker.admin.*} and {@code checker.users.*} configure, and a
 * credential nobody configured must not be a login (it was one, with no role: 403 where 401 is due).
 */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
public class Application {

    public static void main(String[] args) {
        if (Cli.handles(args)) {
            System.exit(Cli.run(args));
        }
        SpringApplication.run(Application.class, args);
    }
}

package org.perfdecl.checker.cli;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * {@code hash-password}: reads a password (from the terminal without echo, or the first line of standard
 * input) and prints it encoded for {@code checker.users.NAME.password}, e.g. {@code {bcrypt}$2a$10$…}.
 */
@Command(name = "hash-password", mixinStandardHelpOptions = true,
        description = {"Prints a password encoded for checker.users.NAME.password ({bcrypt}...).",
                "The password is read from the terminal (not shown) or from the first line of standard input."})
final class HashPasswordCommand implements java.util.concurrent.Callable<Integer> {

    @Option(names = "--strength", defaultValue = "10", description = "bcrypt cost, 4 to 31 (default: ${DEFAULT-VALUE})")
    int strength;

    @Override
    public Integer call() throws IOException {
        if (strength < 4 || strength > 31) {
            System.err.println("--strength must be from 4 to 31");
            return Cli.UNUSABLE;
        }
        String password;
        if (System.console() != null) {
            char[] typed = System.console().readPassword("password: ");
            password = typed == null ? null : new String(typed);
        } else {
            password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        }
        if (password == null || password.isEmpty()) {
            System.err.println("no password given");
            return Cli.UNUSABLE;
        }
        System.out.println("{bcrypt}" + new BCryptPasswordEncoder(strength).encode(password));
        return 0;
    }
}

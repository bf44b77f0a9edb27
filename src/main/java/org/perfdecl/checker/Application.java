package org.perfdecl.checker;

import org.perfdecl.checker.cli.Cli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * One jar, two doors: {@code check}, {@code convert} and {@code rules} run the command line without
 * starting the web server (fast, for scripts and CI); anything else starts the service.
 */
@SpringBootApplication
public class Application {

    public static void main(String[] args) {
        if (Cli.handles(args)) {
            System.exit(Cli.run(args));
        }
        SpringApplication.run(Application.class, args);
    }
}

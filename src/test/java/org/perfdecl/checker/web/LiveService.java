package org.perfdecl.checker.web;

import org.springframework.boot.test.context.SpringBootTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The whole service on a random port, one context shared by the tests that use this annotation. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "checker.watch-rules=false", "checker.http.body-read-timeout=2s", "checker.max-body-bytes=65536",
        "checker.admin.password=" + LiveService.ADMIN_PASSWORD, "checker.admin.attempts-per-minute=5",
        "checker.max-batch-body-bytes=200000"}) // small enough for the page's 413 test to paste
public @interface LiveService {
    String ADMIN_PASSWORD = "test-admin-secret";
}

package org.perfdecl.checker.suite;

import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test class that may run on the second core beside the suite's main stream of classes
 * (src/test/resources/junit-platform.properties): most tests use one thread, so on two cores one idles while the
 * main stream compiles a rule set or waits for a time limit. Only for classes that share nothing mutable with
 * others: no Spring test context (its beans, history database and rate limits are shared by every class that
 * asks for the same configuration), no swapped or captured console, no system properties, no stuck-check count,
 * no POI reading (its zip limits are global), and no time limit that a busy second core could break.
 * They still print (log lines), so they never run beside a class that reads the console ({@link ReadsTheConsole}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(value = Resources.SYSTEM_OUT, mode = ResourceAccessMode.READ)
@ResourceLock(value = Resources.SYSTEM_ERR, mode = ResourceAccessMode.READ)
public @interface RunsBesideOthers {
}

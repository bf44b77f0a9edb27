package org.perfdecl.checker.suite;

import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test class that swaps {@code System.out}/{@code System.err} (the command line run in process) or captures
 * them, and so must not run beside a {@link RunsBesideOthers} class, whose log lines would land in what it reads.
 * {@link Console#requireReadsTheConsole} makes the in-process command line refuse a caller without it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ResourceLock(Resources.SYSTEM_OUT)
@ResourceLock(Resources.SYSTEM_ERR)
public @interface ReadsTheConsole {
}

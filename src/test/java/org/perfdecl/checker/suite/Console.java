package org.perfdecl.checker.suite;

import org.junit.platform.commons.support.AnnotationSupport;

/** Keeps the suite's console-reading tests apart from the classes that run beside others. */
public final class Console {

    private Console() {
    }

    /**
     * Fails at once, naming the class, when the test class that called (found on the stack) is not marked
     * {@link ReadsTheConsole}: unmarked, it could read another class's log lines as the command line's output
     * and fail only now and then.
     */
    public static void requireReadsTheConsole() {
        Class<?> caller = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
                .walk(frames -> frames.map(StackWalker.StackFrame::getDeclaringClass)
                        .map(Console::topLevel)
                        .filter(c -> c.getName().startsWith("org.perfdecl.") && c.getSimpleName().endsWith("Test"))
                        .reduce((first, second) -> second)) // the outermost: the class JUnit runs, not a helper's
                .orElse(null);
        if (caller != null && !AnnotationSupport.isAnnotated(caller, ReadsTheConsole.class)) {
            throw new AssertionError(caller.getName() + " swaps System.out/err to read the command line's output: annotate it"
                    + " @" + ReadsTheConsole.class.getName() + " so that no class running beside it prints into what it reads");
        }
    }

    private static Class<?> topLevel(Class<?> c) {
        while (c.getEnclosingClass() != null) {
            c = c.getEnclosingClass();
        }
        return c;
    }
}

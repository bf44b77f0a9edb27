package org.perfdecl.checker.bench;

/**
 * Loads a native agent into a running JVM with its options: {@code AttachAgent PID LIBRARY OPTIONS}. For
 * profile-check.sh, which starts async-profiler after the warm-up; {@code jcmd JVMTI.agent_load} would do, but its
 * argument parser takes the {@code key=value} pairs of async-profiler's options for its own and drops their values.
 */
public final class AttachAgent {
    public static void main(String[] a) throws Exception {
        var vm = com.sun.tools.attach.VirtualMachine.attach(a[0]);
        try {
            vm.loadAgentPath(a[1], a[2]);
        } finally {
            vm.detach();
        }
    }
}

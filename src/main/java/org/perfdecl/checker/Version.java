package org.perfdecl.checker;

/** The version of this build as the jar's manifest states it (tools that read our SARIF show it). */
public final class Version {

    private Version() {
    }

    public static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-dev" : v;
    }
}

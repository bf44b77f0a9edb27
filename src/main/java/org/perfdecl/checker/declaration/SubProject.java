package org.perfdecl.checker.declaration;

/** A row of 项目当年投入资金构成. */
public record SubProject(String name, Amount amount) {
}

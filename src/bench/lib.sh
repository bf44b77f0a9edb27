# Shared by the bench scripts; source it from the repository root.

# Packages the jar (tests compiled, not run) unless it is newer than every source.
build_jar() {
  if [ -f target/declaration-checker.jar ] && \
     [ -z "$(find pom.xml src rules fixtures -newer target/declaration-checker.jar -print -quit)" ]; then
    return
  fi
  mvn -B -q package -DskipTests
}

# Class path of the test classes (benchmarks, load runs) and every dependency.
bench_classpath() {
  echo "target/test-classes:target/classes:$(mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)"
}

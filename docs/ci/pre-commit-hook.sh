#!/usr/bin/env bash
# The pre-commit hook (see .pre-commit-hooks.yaml): checks the declarations being committed and fails
# the commit on an ERROR finding. It uses the jar named by DECLARATION_CHECKER_JAR, else builds one
# from this repository on first use (Java 17 and Maven needed) and keeps it in target/.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
jar=${DECLARATION_CHECKER_JAR:-$here/target/declaration-checker.jar}
if [ ! -f "$jar" ]; then
  echo "declaration-checker: building $jar (first use only)" >&2
  (cd "$here" && mvn -B -q package -DskipTests) >&2
fi
# the quick JIT and the serial collector: a commit checks a few forms (docs/ci.md)
exec java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$jar" check --fail-on "${DECLARATION_CHECKER_FAIL_ON:-error}" "$@"

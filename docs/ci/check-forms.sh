#!/usr/bin/env bash
# Pre-submission check of a folder of declarations, for any CI or a plain shell.
#   CHECKER_JAR=path/to/declaration-checker.jar bash check-forms.sh forms/
# Writes findings.sarif (code scanning) and TEST-declarations.xml (JUnit), prints the text report, and
# exits as the checker does: 0 nothing at or above --fail-on, 1 findings at or above it, 2 a file
# that could not be read (named on stderr), a form not checked whole (its report INCOMPLETE, saying why)
# or rules that do not load.
set -uo pipefail
jar=${CHECKER_JAR:-declaration-checker.jar}
forms=${1:-forms}
fail_on=${FAIL_ON:-error}

# one run writes all three: a JVM start and the rules' load cost more than checking a folder of forms;
# the quick JIT and the serial collector halve the CPU of such a short run (docs/ci.md)
java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$jar" check --report sarif=findings.sarif --report junit=TEST-declarations.xml --fail-on "$fail_on" "$forms"

# Shares of a check's stages in async-profiler's collapsed stacks (frames root first, ';'-separated, then a count):
# a sample counts for every stage whose frame is on its stack. Used by profile-check.sh.
BEGIN {
  n = split("reading the JSON|DeclarationJson.read;mapping the facts|FactMapper.map;size limits|SizeLimits.apply;" \
            "inserting the facts|StatefulKnowledgeSessionImpl.insert;the engine (fireAllRules)|StatefulKnowledgeSessionImpl.fireAllRules;" \
            "  its alpha network (facts inserted)|ObjectTypeNode.propagateAssert;  its joins|PhreakJoinNode;" \
            "  its not/exists|PhreakNotNode|PhreakExistsNode;  the rules' consequences|RuleExecutor.fire;" \
            "  findings made in consequences|Findings.report;the session returned to its pool|StatefulKnowledgeSessionImpl.dispose;" \
            "the report (findings rendered, sorted)|Checker.report", stage, ";")
}
{
  count = $NF; total += count
  stack = $0
  for (i = 1; i <= n; i++) {
    split(stage[i], part, "|")
    for (j = 2; j in part; j++) if (index(stack, part[j])) { share[i] += count; break }
  }
  if (index(stack, "Checker.check") || index(stack, "DeclarationJson.read")) inCheck += count
}
END {
  if (total == 0) { print "no samples"; exit 1 }
  printf "%d samples; the checking thread %.1f%% of them (the rest: the JIT, the collector)\n", total, 100 * inCheck / total
  for (i = 1; i <= n; i++) { split(stage[i], part, "|"); printf "  %5.1f%%  %s\n", 100 * share[i] / total, part[1] }
}

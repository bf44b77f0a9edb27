#!/usr/bin/env bash
# Prints the ConfigMap that carries a rules folder to the replicas (keys as deployment.yaml's rules
# volume maps them back to paths):
#   bash deploy/rules-configmap.sh rules | kubectl apply -f -
# A ConfigMap is flat: a file in a sub-folder becomes the key <sub-folder>__<file> (a key cannot hold
# a '/'). Binary files (an .xlsx decision table) go into binaryData. README.md and hidden files stay out.
# A ConfigMap holds at most 1 MiB: a larger rules folder needs git-sync (deploy/git-sync/).
set -euo pipefail
dir=${1:-rules}
dir=${dir%/}
[ -d "$dir" ] || { echo "usage: $0 RULES_FOLDER" >&2; exit 2; }

files=()
while IFS= read -r -d '' f; do files+=("$f"); done \
  < <(find "$dir" -type f ! -name '*.md' ! -path '*/.*' -print0 | LC_ALL=C sort -z)

bytes=$(cat "${files[@]}" | wc -c)
if [ "$bytes" -gt 1048576 ]; then
  echo "$dir holds $bytes bytes of rules: more than a ConfigMap's 1 MiB; use deploy/git-sync/" >&2
  exit 1
fi

args=()
for f in "${files[@]}"; do
  rel=${f#"$dir"/}
  args+=("--from-file=${rel//\//__}=$f")
done
kubectl create configmap checker-rules "${args[@]}" --dry-run=client -o yaml \
  | kubectl label --local -f - -o yaml app.kubernetes.io/name=declaration-checker

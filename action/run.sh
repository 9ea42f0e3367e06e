#!/usr/bin/env bash
# The GitHub Action's step: fix (if asked), write SARIF, then print the chosen report, whose
# exit code is the step's. Inputs come as INPUT_* variables (see action.yml). The command is the
# committed bundle (dist/cli.js), run with the runner's node: nothing is installed.
set -uo pipefail
cli=(node "${GITHUB_ACTION_PATH:?}/dist/cli.js")

# `paths`: files or folders separated by spaces, tabs or newlines (a YAML block with one per line
# works). Words are taken literally: no globbing, no variable or quote processing. A path that
# starts with "-" gets "./" so that it cannot be read as an option.
paths=()
read -r -d '' -a words <<< "${INPUT_PATHS:-}" || true
for word in "${words[@]}"; do
  word=${word%$'\r'}
  [ -z "$word" ] && continue
  case "$word" in -*) word="./$word" ;; esac
  paths+=("$word")
done
[ "${#paths[@]}" -eq 0 ] && paths=(.)

common=()
[ -n "${INPUT_CONFIG:-}" ] && common+=(--config "$INPUT_CONFIG")

if [ "${INPUT_FIX:-false}" = "true" ]; then
  fix=(--fix --exit-zero)
  [ "${INPUT_UNSAFE_FIXES:-false}" = "true" ] && fix+=(--unsafe-fixes)
  "${cli[@]}" "${common[@]}" "${fix[@]}" --format text "${paths[@]}" > /dev/null
fi

sarif="${INPUT_SARIF_FILE:-golint-docker.sarif}"
category=()
[ -n "${INPUT_CATEGORY:-}" ] && category=(--sarif-category "$INPUT_CATEGORY")
"${cli[@]}" "${common[@]}" "${category[@]}" --format sarif --output "$sarif" --exit-zero "${paths[@]}"
echo "sarif-file=$sarif" >> "${GITHUB_OUTPUT:?}"

report=(--format "${INPUT_FORMAT:-github}")
[ -n "${INPUT_FAILURE_THRESHOLD:-}" ] && report+=(--failure-threshold "$INPUT_FAILURE_THRESHOLD")
"${cli[@]}" "${common[@]}" "${report[@]}" "${paths[@]}"
code=$?
echo "exit-code=$code" >> "$GITHUB_OUTPUT"
exit "$code"

#!/usr/bin/env bash
# npm run eval: answer quality on every visible question set (a measurement, not a test). Needs the
# shared question sets beside the project (../shared/qa); says so and exits 0 when they are absent.
set -u
cd "$(dirname "$0")/.."
if [[ ! -f ../shared/qa/eval-all.sh ]]; then
  echo "eval: ../shared/qa is not here; nothing to measure"
  exit 0
fi
exec bash ../shared/qa/eval-all.sh "$@"

#!/usr/bin/env bash
# Fails, naming the files, when a tracked C++ source is not laid out as .clang-format says.
# Fix with: git ls-files '*.cc' '*.h' | xargs clang-format -i
set -euo pipefail
cd "$(dirname "$0")/.."
bad=()
while IFS= read -r -d '' file; do
  clang-format --dry-run --Werror "$file" >/dev/null 2>&1 || bad+=("$file")
done < <(git ls-files -z '*.cc' '*.h')
if [ ${#bad[@]} -gt 0 ]; then
  echo "check_format: not clang-formatted (clang-format -i them):" >&2
  printf '  %s\n' "${bad[@]}" >&2
  exit 1
fi
echo "check_format: $(git ls-files '*.cc' '*.h' | wc -l) files clang-formatted"

#!/bin/sh
# The dev-suite table: bench/eval_align.sh [BUILD_DIR] [--set NAME=VALUE]….
exec "$(dirname "$0")/../bench/eval_align.sh" "$@"

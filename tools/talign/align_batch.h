// `talign align` over many pairs: --manifest FILE -o DIR, and --jsonl streaming for
// Hadoop Streaming, Spark's RDD.pipe or GNU parallel. Output never depends on --threads.
#pragma once

#include <istream>
#include <ostream>
#include <string>

#include "common_options.h"
#include "exit_codes.h"
#include "talign/align/aligner.h"
#include "talign/io/alignment_formats.h"

namespace talign::cli {

struct BatchOptions {
  const CommonOptions& common;
  AlignmentFormat format;
  const AlignerOptions& aligner;
  unsigned threads = 0;  // 0: all cores
};

// Moses output: PREFIX.SRC_LANG and PREFIX.TGT_LANG, each written atomically.
void WriteMosesPair(const std::string& prefix, const AlignedPair& pair);

// Aligns every pair of the manifest into DIR/NAME.EXT (NAME: the third column, else the
// source file's stem). A bad pair is reported on stderr and skipped; the others are
// written. Returns the exit code of the first failed pair, or kOk.
ExitCode AlignManifest(const std::string& manifest, const std::string& out_dir,
                       const BatchOptions& options);

// One JSON object per input line, {"id":…,"src":"text","tgt":"text"}, → one per output line:
// SPEC's json alignment plus "id", or {"id":…,"error":"…"} for a bad line (JSON nested
// deeper than kMaxJsonDepth too). Throws Error{kData, <stdin>:LINE} after the last line
// when some were refused, naming the first.
ExitCode AlignJsonLines(std::istream& in, std::ostream& out, const BatchOptions& options);

}  // namespace talign::cli

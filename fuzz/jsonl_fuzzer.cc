// `talign align --jsonl`: any bytes on standard input give one output line per non-empty
// input line (an alignment or an error object) or a talign::Error; never a crash, however
// deep the JSON nests. Oracle: the output line count.
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

#include "align_batch.h"
#include "talign/base/error.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const talign::cli::CommonOptions common;
  static const talign::AlignerOptions aligner;
  std::string input(reinterpret_cast<const char*>(data), size);
  std::istringstream in(input);
  std::ostringstream out;
  try {
    talign::cli::AlignJsonLines(in, out, {common, talign::AlignmentFormat::kJson, aligner, 1});
  } catch (const talign::Error&) {
  }
  std::size_t lines = 0;
  std::istringstream count(input);
  for (std::string line; std::getline(count, line);) lines += !line.empty();
  const std::string text = out.str();
  if (static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) != lines) std::abort();
  return 0;
}

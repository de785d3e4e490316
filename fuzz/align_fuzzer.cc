// Two presegmented sides (split at the first NUL, else in the middle) → AlignSegments.
// Oracle: every segment of both sides in exactly one bead, beads monotone.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "talign/align/aligner.h"
#include "talign/base/utf8.h"

namespace {

std::vector<talign::Segment> Lines(const std::string& text) {
  std::vector<talign::Segment> segments;
  std::size_t begin = 0;
  while (begin <= text.size() && segments.size() < 2000) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string::npos) end = text.size();
    segments.push_back({segments.size(), 0, {begin, end}, text.substr(begin, end - begin)});
    begin = end + 1;
  }
  return segments;
}

void CheckSide(const std::vector<talign::Bead>& beads, std::size_t count, bool src) {
  std::size_t next = 0;
  for (const talign::Bead& bead : beads) {
    for (std::size_t i : src ? bead.src : bead.tgt) {
      if (i != next++) std::abort();
    }
  }
  if (next != count) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  std::size_t cut = bytes.find('\0');
  if (cut == std::string::npos) cut = size / 2;
  std::string src = bytes.substr(0, cut);
  std::string tgt = bytes.substr(std::min(cut + 1, size));
  if (talign::FindInvalidUtf8(src) || talign::FindInvalidUtf8(tgt)) return 0;
  auto src_segments = Lines(src);
  auto tgt_segments = Lines(tgt);
  talign::Alignment alignment = talign::AlignSegments(src_segments, tgt_segments);
  CheckSide(alignment.beads, src_segments.size(), true);
  CheckSide(alignment.beads, tgt_segments.size(), false);
  return 0;
}

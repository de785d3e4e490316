#include "talign/align/coarse.h"

#include <algorithm>

namespace talign {
namespace {

std::vector<SegmentFeatures> CoarsenSide(const std::vector<SegmentFeatures>& side,
                                         std::size_t chunk) {
  std::vector<SegmentFeatures> out((side.size() + chunk - 1) / chunk);
  for (std::size_t k = 0; k < side.size(); ++k) {
    SegmentFeatures& c = out[k / chunk];
    c.chars += side[k].chars;
    c.anchors.insert(c.anchors.end(), side[k].anchors.begin(), side[k].anchors.end());
  }
  // Distinct anchors only: a chunk's repeats of "(" or "1956" add cost, not evidence.
  for (SegmentFeatures& c : out) {
    std::sort(c.anchors.begin(), c.anchors.end());
    c.anchors.erase(std::unique(c.anchors.begin(), c.anchors.end()), c.anchors.end());
  }
  return out;
}

}  // namespace

BitextFeatures Coarsen(const BitextFeatures& features, std::size_t chunk) {
  BitextFeatures coarse;
  coarse.src = CoarsenSide(features.src, chunk);
  coarse.tgt = CoarsenSide(features.tgt, chunk);
  coarse.anchor_count = features.anchor_count;
  coarse.number_anchor = features.number_anchor;
  coarse.src_chars = features.src_chars;
  coarse.tgt_chars = features.tgt_chars;
  return coarse;
}

GuidePath ProjectGuide(const std::vector<PathBead>& coarse_path, std::size_t chunk, std::size_t n,
                       std::size_t m) {
  GuidePath guide(n + 1, ColumnRange{m, 0});
  for (const PathBead& bead : coarse_path) {
    const BeadView& v = bead.view;
    std::size_t row_end = std::min(n, (v.src_begin + v.src_count) * chunk);
    std::size_t lo = std::min(m, v.tgt_begin * chunk);
    std::size_t hi = std::min(m, (v.tgt_begin + v.tgt_count) * chunk);
    for (std::size_t r = std::min(n, v.src_begin * chunk); r <= row_end; ++r) {
      guide[r].lo = std::min(guide[r].lo, lo);
      guide[r].hi = std::max(guide[r].hi, hi);
    }
  }
  return guide;
}

}  // namespace talign

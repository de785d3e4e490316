#include "talign/align/anchor_cost.h"

#include "talign/align/bead_shapes.h"

namespace talign {
namespace {

// Occurrences of each anchor id on the source side of the bead being counted; all zero
// between calls. Grows to the largest id seen.
thread_local std::vector<std::uint32_t> source_counts;

void CountSource(const std::vector<SegmentFeatures>& side, std::size_t begin, std::size_t count,
                 std::uint32_t add) {
  for (std::size_t k = begin; k < begin + count; ++k) {
    for (std::uint32_t a : side[k].anchors) {
      if (a >= source_counts.size()) source_counts.resize(a + 1, 0);
      source_counts[a] = add == 0 ? 0 : source_counts[a] + add;
    }
  }
}

}  // namespace

AnchorCost::AnchorCost(const BitextFeatures& features, double weight)
    : features_(features), weight_(weight) {}

double AnchorCost::Cost(const BeadView& bead) const {
  if (bead.src_count == 0 || bead.tgt_count == 0) return 0.0;
  return -weight_ * static_cast<double>(CountCommonAnchors(features_.src, bead, features_.tgt));
}

std::size_t CountCommonAnchors(const std::vector<SegmentFeatures>& src, const BeadView& bead,
                               const std::vector<SegmentFeatures>& tgt) {
  // Counting in a dense array: linear in the anchors, no sorting or copying of merges.
  CountSource(src, bead.src_begin, bead.src_count, 1);
  std::size_t common = 0;
  for (std::size_t l = bead.tgt_begin; l < bead.tgt_begin + bead.tgt_count; ++l) {
    for (std::uint32_t a : tgt[l].anchors) {
      if (a < source_counts.size() && source_counts[a] > 0) --source_counts[a], ++common;
    }
  }
  CountSource(src, bead.src_begin, bead.src_count, 0);
  return common;
}

}  // namespace talign

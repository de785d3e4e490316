#include "talign/align/anchor_cost.h"

#include <algorithm>
#include <iterator>

#include "talign/align/bead_shapes.h"

namespace talign {
namespace {

// The sorted union (with repeats) of the anchors of `count` segments from `begin`.
// Reuses `out` to avoid allocation in the DP's inner loop.
void GatherAnchors(const std::vector<SegmentFeatures>& side, std::size_t begin, std::size_t count,
                   std::vector<std::uint32_t>* out) {
  out->clear();
  for (std::size_t k = begin; k < begin + count; ++k) {
    std::size_t middle = out->size();
    out->insert(out->end(), side[k].anchors.begin(), side[k].anchors.end());
    std::inplace_merge(out->begin(), out->begin() + static_cast<std::ptrdiff_t>(middle), out->end());
  }
}

std::size_t SortedIntersectionSize(const std::vector<std::uint32_t>& a,
                                   const std::vector<std::uint32_t>& b) {
  std::size_t common = 0;
  for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end();) {
    if (*i < *j) {
      ++i;
    } else if (*j < *i) {
      ++j;
    } else {
      ++common, ++i, ++j;
    }
  }
  return common;
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
  // Single segments (most candidates) are compared in place, without a copy.
  thread_local std::vector<std::uint32_t> a, b;
  if (bead.src_count > 1) GatherAnchors(src, bead.src_begin, bead.src_count, &a);
  if (bead.tgt_count > 1) GatherAnchors(tgt, bead.tgt_begin, bead.tgt_count, &b);
  return SortedIntersectionSize(bead.src_count > 1 ? a : src[bead.src_begin].anchors,
                                bead.tgt_count > 1 ? b : tgt[bead.tgt_begin].anchors);
}

}  // namespace talign

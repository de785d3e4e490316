// Anchor cost: a bonus for every anchor (number, name, cognate, punctuation, lexicon pair)
// found on both sides of a bead.
//
//   AnchorCost anchors(features, /*weight=*/1.0);
//   anchors.Cost({5, 1, 4, 1});  // -2 when "30 dollars" and "June 2011" both match
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "talign/align/bead_shapes.h"
#include "talign/align/cost_model.h"
#include "talign/align/segment_features.h"

namespace talign {

// The sorted anchor ids of runs of 1 to kMaxShapeSide consecutive segments of one side,
// merged once per run start and kept in a direct-mapped cache (the DP reads runs near
// its band, row after row), so that a bead's count is one merge of two sorted runs.
// Not thread-safe: Run() fills the cache.
class AnchorWindows {
 public:
  // Keeps a reference to `side`: it must outlive this object.
  explicit AnchorWindows(const std::vector<SegmentFeatures>& side);

  // Anchors of segments [begin, begin + count), sorted, repeats kept; count ≥ 1. Valid
  // until the next call.
  std::pair<const std::uint32_t*, const std::uint32_t*> Run(std::size_t begin,
                                                            std::size_t count) const;

 private:
  struct Slot {
    std::size_t begin = SIZE_MAX;
    std::vector<std::uint32_t> merged;     // the runs of 2, 3, … segments, back to back
    std::size_t end[kMaxShapeSide + 1]{};  // run of `count` segments: [end[count-1], end[count])
  };
  void Fill(std::size_t begin, Slot* slot) const;

  const std::vector<SegmentFeatures>& side_;
  mutable std::vector<Slot> slots_;
};

class AnchorCost : public CostComponent {
 public:
  // Keeps a reference to `features`: it must outlive this object.
  AnchorCost(const BitextFeatures& features, double weight);

  double Cost(const BeadView& bead) const override;
  // The source run is merged once for the row, and skipped when it has no anchors.
  void AddCosts(const BeadView& first, std::size_t count, double* out) const override;

 private:
  double weight_;
  AnchorWindows src_, tgt_;
};

// Anchors common to both sides, counted as a multiset (two "2011" match two, not four).
std::size_t CountCommonAnchors(const std::vector<SegmentFeatures>& src, const BeadView& bead,
                               const std::vector<SegmentFeatures>& tgt);

}  // namespace talign

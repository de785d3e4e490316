// Anchor cost: a bonus for every anchor (number, name, cognate, punctuation, lexicon pair)
// found on both sides of a bead.
//
//   AnchorCost anchors(features, /*weight=*/1.0);
//   anchors.Cost({5, 1, 4, 1});  // -2 when "30 dollars" and "June 2011" both match
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "talign/align/bead_shapes.h"
#include "talign/align/cost_model.h"
#include "talign/align/segment_features.h"

namespace talign {

// The sorted anchor ids of every run of 1 to kMaxShapeSide consecutive segments of one
// side, merged once so that a bead's count is one merge of two sorted runs.
class AnchorWindows {
 public:
  explicit AnchorWindows(const std::vector<SegmentFeatures>& side);

  // Anchors of segments [begin, begin + count), sorted, repeats kept; count ≥ 1.
  const std::uint32_t* Begin(std::size_t begin, std::size_t count) const;
  const std::uint32_t* End(std::size_t begin, std::size_t count) const;

 private:
  std::size_t Slot(std::size_t begin, std::size_t count) const {
    return begin * kMaxShapeSide + count - 1;
  }
  const std::vector<SegmentFeatures>& side_;
  std::vector<std::uint32_t> merged_;  // runs of 2+ segments, back to back
  std::vector<std::size_t> offset_;    // by Slot(): [offset_[slot], offset_[slot + 1])
};

class AnchorCost : public CostComponent {
 public:
  // Keeps a reference to `features`: it must outlive this object.
  AnchorCost(const BitextFeatures& features, double weight);

  double Cost(const BeadView& bead) const override;

 private:
  double weight_;
  AnchorWindows src_, tgt_;
};

// Anchors common to both sides, counted as a multiset (two "2011" match two, not four).
std::size_t CountCommonAnchors(const std::vector<SegmentFeatures>& src, const BeadView& bead,
                               const std::vector<SegmentFeatures>& tgt);

}  // namespace talign

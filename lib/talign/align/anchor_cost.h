// Anchor cost: a bonus for every anchor (number, name, cognate, punctuation, lexicon pair)
// found on both sides of a bead.
//
//   AnchorCost anchors(features, /*weight=*/1.0);
//   anchors.Cost({5, 1, 4, 1});  // -2 when "30 dollars" and "June 2011" both match
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "talign/align/cost_model.h"
#include "talign/align/segment_features.h"

namespace talign {

class AnchorCost : public CostComponent {
 public:
  // Keeps a reference to `features`: it must outlive this object.
  AnchorCost(const BitextFeatures& features, double weight);

  double Cost(const BeadView& bead) const override;

 private:
  const BitextFeatures& features_;
  double weight_;
};

// Anchors common to both sides, counted as a multiset (two "2011" match two, not four).
std::size_t CountCommonAnchors(const std::vector<SegmentFeatures>& src, const BeadView& bead,
                               const std::vector<SegmentFeatures>& tgt);

}  // namespace talign

// Cost of leaving segments unaligned (1-0, 0-1 beads), growing with their length: a short
// line is cheap to drop, while merging it into a neighbour (a 2-1 bead) would cost the 2-1
// prior; a long sentence is dropped only when no bead explains it. Page furniture
// ("Publicité", "Lire la suite", "Advertisement", "Read more: …"; page_furniture.h) is
// free to drop: a translation keeps its own, so a longer neighbour must not swallow it.
//
//   NullCost null(features, /*base=*/1.0, /*per_char=*/0.03);
//   null.Cost({4, 1, 4, 0});  // 1.0 + 0.03 × 11 for "Il a fui."; 0 for "Publicité"
#pragma once

#include "talign/align/cost_model.h"
#include "talign/align/segment_features.h"

namespace talign {

class NullCost : public CostComponent {
 public:
  // Keeps a reference to `features`: it must outlive this object.
  NullCost(const BitextFeatures& features, double base, double per_char)
      : features_(features), base_(base), per_char_(per_char) {}

  // 0 for beads with both sides; null shapes have one segment.
  double Cost(const BeadView& bead) const override {
    if (bead.src_count > 0 && bead.tgt_count > 0) return 0.0;
    return SegmentCost(bead.src_count > 0 ? features_.src[bead.src_begin]
                                          : features_.tgt[bead.tgt_begin]);
  }
  void AddCosts(const BeadView& first, std::size_t count, double* out) const override {
    if (first.src_count > 0 && first.tgt_count > 0) return;
    for (std::size_t x = 0; x < count; ++x) {
      out[x] += SegmentCost(first.src_count > 0 ? features_.src[first.src_begin]
                                                : features_.tgt[first.tgt_begin + x]);
    }
  }

 private:
  double SegmentCost(const SegmentFeatures& segment) const {
    if (segment.furniture) return 0.0;
    return base_ + per_char_ * static_cast<double>(segment.chars);
  }

  const BitextFeatures& features_;
  double base_;
  double per_char_;
};

}  // namespace talign

// Gale–Church length cost in characters, with the length ratio learnt from the input.
//
//   LengthCost length(features, /*variance=*/6.8);
//   length.Cost({0, 1, 0, 1});  // ≈ 0 when tgt chars ≈ ratio × src chars
#pragma once

#include <cstddef>
#include <vector>

#include "talign/align/cost_model.h"
#include "talign/align/segment_features.h"

namespace talign {

// Gale & Church (1993) use 6.8 for European language pairs.
inline constexpr double kDefaultLengthVariance = 6.8;

class LengthCost : public CostComponent {
 public:
  // ratio = total target chars / total source chars of the input, shrunk towards 1 for
  // short inputs; every cost counts `weight` times.
  LengthCost(const BitextFeatures& features, double variance, double weight = 1.0);

  // -log P(|delta| ≥ observed), delta the normalised length difference, under Gale-Church's
  // normal mixed with a small uniform share of beads whose lengths are unrelated (so at
  // most ≈ 9); 0 for null beads, whose length says nothing.
  double Cost(const BeadView& bead) const override;
  void AddCosts(const BeadView& first, std::size_t count, double* out) const override;

  double ratio() const { return ratio_; }

 private:
  double CharsCost(double src_chars, double tgt_chars) const;

  std::vector<double> src_prefix_;  // src_prefix_[i] = chars of segments [0, i)
  std::vector<double> tgt_prefix_;
  double ratio_;
  double variance_;
  double weight_;
  const double* tail_;  // the tail cost's table, by step (length_cost.cc)
};

// The variance of (tgt - ratio·src) / sqrt(src) over the given 1-1 pairs of char lengths,
// or kDefaultLengthVariance when there are too few pairs to tell.
double EstimateLengthVariance(const std::vector<std::pair<std::size_t, std::size_t>>& pairs,
                              double ratio);

}  // namespace talign

// Boundary cost: a bead that spans the boundary after a clause mark is cheaper. Corpora
// segmented by other tools split at colons and semicolons (Text+Berg does), and a
// translator who keeps the clause often joins it to its neighbour, so such a bead is
// more likely than its shape's prior, counted over full-stop boundaries, says.
//
//   BoundaryCost boundary(features, /*bonus=*/1.2);
//   boundary.Cost({216, 2, 256, 1});  // -1.2: segment 216 ends with ":"
//   boundary.Cost({216, 2, 255, 2});  // 0 if target segment 255 ends with ";" as well
#pragma once

#include <vector>

#include "talign/align/cost_model.h"
#include "talign/align/segment_features.h"

namespace talign {

class BoundaryCost : public CostComponent {
 public:
  BoundaryCost(const BitextFeatures& features, double bonus);

  // -bonus × |clause-mark boundaries inside the bead on the source side - on the target
  // side|.
  double Cost(const BeadView& bead) const override;
  void AddCosts(const BeadView& first, std::size_t count, double* out) const override;

 private:
  double Joined(std::size_t src_inside, std::size_t tgt_inside) const;

  // clauses_[i]: segments among [0, i) that end with a clause mark.
  std::vector<std::size_t> src_clauses_, tgt_clauses_;
  double bonus_;
};

}  // namespace talign

// The bead shapes the aligner may use, as data: the DP loops over this table.
//
//   for (const BeadShape& shape : kBeadShapes) Relax(i - shape.src, j - shape.tgt, shape);
#pragma once

#include <array>
#include <cstddef>

namespace talign {

struct BeadShape {
  std::size_t src;    // source segments in the bead
  std::size_t tgt;    // target segments in the bead
  double prior_cost;  // -log P(shape), before the data is seen
};

// Priors from the news doc-test and Text+Berg dev golds (1-1 dominate; 2-2 and 1-3 rare).
// Null beads (0-1, 1-0) carry no prior here: their cost is NullCost's (null_cost.h),
// tuned for page furniture. Ties in the DP go to the shape listed first.
inline constexpr std::array<BeadShape, 8> kBeadShapes{{
    {1, 1, 0.0},
    {1, 0, 0.0},
    {0, 1, 0.0},
    {2, 1, 2.3},
    {1, 2, 2.3},
    {2, 2, 4.0},
    {1, 3, 4.2},
    {3, 1, 4.2},
}};

inline constexpr std::size_t kMaxShapeSide = 3;

constexpr bool IsNullShape(const BeadShape& shape) { return shape.src == 0 || shape.tgt == 0; }

}  // namespace talign

// The alignment DP: the cheapest monotone path of beads (shapes from kBeadShapes) from
// (0, 0) to (n, m), searched inside a band that widens where the path meets its edge.
//
//   std::vector<PathBead> path = AlignInBand(model, m, DiagonalPath(n, m), 32);
#pragma once

#include <cstddef>
#include <vector>

#include "talign/align/band.h"
#include "talign/align/cost_model.h"

namespace talign {

struct PathBead {
  BeadView view;
};

// The best path inside `band`, in document order, or empty when the band has no path.
// `touched_cut_edge` (may be null) tells whether the path runs along a cut edge.
std::vector<PathBead> BestPathInBand(const CostModel& model, const Band& band, std::size_t m,
                                     bool* touched_cut_edge);

// Runs BestPathInBand around `guide`, widening (×4) the half width of the rows near where the
// path touches a cut edge (only there: one stray stretch of a long input must not double
// the whole band), until it touches none, those rows are full or the band would pass its
// memory budget (dp.cc: linear in the rows). Deterministic.
std::vector<PathBead> AlignInBand(const CostModel& model, std::size_t m, const GuidePath& guide,
                                  std::size_t half_width);
// The same with a starting half width per row of `guide`.
std::vector<PathBead> AlignInBand(const CostModel& model, std::size_t m, const GuidePath& guide,
                                  std::vector<std::size_t> half_widths);

// The rows and columns a path visits, as a guide for a narrower second pass.
GuidePath PathToGuide(const std::vector<PathBead>& path, std::size_t n);

}  // namespace talign

// How sure the aligner is of each bead of its path: the bead's margin over the best local
// alternative, as a probability.
//
//   std::vector<double> c = BeadConfidences(model, path);  // c[k] in (0, 1) for path[k]
#pragma once

#include <vector>

#include "talign/align/cost_model.h"
#include "talign/align/dp.h"

namespace talign {

// For each bead, the cheapest way to align the segments of it and its two neighbours
// without that exact bead (a small full DP over their rectangle) costs `margin` more than
// the path does there; the confidence is the logistic of kTiedLogOdds + margin /
// kMarginScale: the probability that a bead with that margin is right.
std::vector<double> BeadConfidences(const CostModel& model, const std::vector<PathBead>& path);

// Fitted by logistic regression on the beads of the news doc-test and Text+Berg dev sets
// against their gold, the intercept refitted as the aligner improved (1,021 beads, 96.6%
// right for a mean confidence of 95.9%; in bins of confidence below 0.9 and from 0.9, 79%
// and 97% of beads are right for a mean confidence of 89% and 96%). Even a bead with no
// margin over its alternative is right more often than not: most beads are 1-1.
inline constexpr double kTiedLogOdds = 2.0;
inline constexpr double kMarginScale = 10.0;

}  // namespace talign

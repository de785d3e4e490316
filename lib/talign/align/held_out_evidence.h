// How much of each word's Model 1 evidence a bead may use, leaving the pass-1 bead it was
// learnt in out: the tables are trained on the first pass's beads (lexical_model.h), so a
// word that pass 1 glued into a merge would otherwise explain itself there in pass 2.
//
//   HeldOutShares shares = LeaveOneOutShares(features, first_pass, seeds, 2.0, 1.0);
//   shares.tgt[f];  // 0: f was seen once, in a merge, unseeded: nothing is known of it
#pragma once

#include <vector>

#include "talign/align/dictionary_links.h"
#include "talign/align/dp.h"
#include "talign/align/segment_features.h"

namespace talign {

// By word id of each side: the share of its learnt Σ_e t that is kept, in [0, 1].
struct HeldOutShares {
  std::vector<float> src;
  std::vector<float> tgt;
};

// share(w) = max(0, 1 - leave_one_out × m(w) / n(w)): n(w) is w's training pairs (its
// occurrences, and seed_weight per `seeds` link, as TrainLexicalModel counts them), m(w) the
// fraction of its occurrences in a merge of `trained` (a bead with several segments on a side): the
// chance that the bead scored holds the pair left out. Evidence from 1-1 beads is kept whole: a
// short input has little else. Every share is 1 when leave_one_out is 0.
HeldOutShares LeaveOneOutShares(const BitextFeatures& features,
                                const std::vector<PathBead>& trained,
                                const std::vector<WordLink>& seeds, double seed_weight,
                                double leave_one_out);

}  // namespace talign

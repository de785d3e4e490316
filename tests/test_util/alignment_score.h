// Strict/lax bead F1 as /work/shared/tools/score_alignment.py computes it (Sennrich &
// Volk; Vecalign's score.py), so that tests can pin dev-set quality.
//
//   AlignmentCounts c;
//   c.Add(BeadsFromText(ReadFile("gold.beads")).beads, aligner_beads);
//   c.StrictF1();  // micro-averaged over every Add()
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "talign/align/bead.h"

namespace talign::testing {

// Beads in SPEC format, one per line (talign::ParseBeads with room for any test's indices).
Alignment BeadsFromText(const std::string& text);

class AlignmentCounts {
 public:
  // Counts one document pair. Duplicates count once; beads empty on both sides are dropped.
  void Add(const std::vector<Bead>& gold, const std::vector<Bead>& test);

  double StrictF1() const { return F1(precision_strict_, recall_strict_); }
  double LaxF1() const { return F1(precision_lax_, recall_lax_); }

 private:
  double F1(std::size_t precision_hits, std::size_t recall_hits) const;
  std::size_t precision_strict_ = 0, precision_lax_ = 0, test_beads_ = 0;
  std::size_t recall_strict_ = 0, recall_lax_ = 0, gold_beads_ = 0;
};

}  // namespace talign::testing

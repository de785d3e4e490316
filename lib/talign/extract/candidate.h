// A proposed glossary entry, as the extractor ranks it.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "talign/glossary/glossary.h"

namespace talign {

// One way the corpus renders a source term.
struct CandidateRendering {
  std::string target;     // its most frequent spelling
  std::string key;        // lemma key on the target side (TermExtractor::TargetKey)
  std::size_t count = 0;  // beads where the pair was linked
  double score = 0.0;     // Dice × count / (count + 2), in [0, 1]
};

struct Candidate {
  std::string source;     // most frequent spelling (a single word: its dictionary lemma)
  std::string key;        // lemma key on the source side (TermExtractor::SourceKey)
  std::size_t count = 0;  // beads where the source term occurs
  double score = 0.0;     // the accepted rendering's score × DeskWeight (desk_weight.h)
  std::vector<CandidateRendering> renderings;  // best first: [0] is the accepted one, then variants
  std::vector<TermExample> examples;           // beads (shortened) where the accepted pair occurs
  // The acronym a multi-word source term is written with ("OMS" of "Organisation mondiale
  // de la santé (OMS)"), or the term an acronym stands for; empty when none.
  std::string written_with;
};

}  // namespace talign

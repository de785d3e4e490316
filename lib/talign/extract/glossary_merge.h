// The glossary `talign extract` writes: candidates as glossary entries, merged with an
// existing glossary whose entries are kept.
//
//   Glossary out = BuildGlossary(extractor.Finish(), &existing, extractor);
//   WriteOutput("terms.yaml", SaveGlossary(out));   // LoadGlossary reads it back
#pragma once

#include <vector>

#include "talign/extract/candidate.h"
#include "talign/extract/term_extractor.h"
#include "talign/glossary/glossary.h"

namespace talign {

// One entry per candidate: `source`, `target` (the accepted rendering first, then the
// variants), `note` with every rendering's bead count (the consistency view: "corpus
// renderings (beads): Taliban 12, Taliban's 2"), `count`, `score` and `examples`.
// `id` is DefaultTermId(source), made unique with a numeric suffix.
Term CandidateTerm(const Candidate& candidate);

// With `existing` (may be null): its entries first, every key as loaded, except that a
// note is appended ("extract: the corpus renders it as …") where the corpus's renderings of
// the source term are none of the entry's targets; then candidates for other source terms,
// in rank order. `keys` gives the lemma keys that tell which candidate an entry is about.
Glossary BuildGlossary(const std::vector<Candidate>& candidates, const Glossary* existing,
                       const Language& src, const Language& tgt, TermExtractor& keys);

}  // namespace talign

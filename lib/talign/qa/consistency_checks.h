// The checks that compare beads with each other, within each document of the context (or
// across the corpus with ConsistencyScope::kCorpus):
//   inconsistent-translation: one source sentence rendered in more than one way.
//   inconsistent-source: one target sentence given for different source sentences.
// Sentences compare by their words folded and stemmed (case, accents, inflection and
// punctuation aside). Both report a warning on each bead that departs from the most
// frequent rendering (ties: the first seen), naming that rendering in `expected`. Sentences
// of fewer than four words ("Publicité", "Lire la suite", "Refus du président") are left
// out: headings and page furniture repeat with any wording.
#pragma once

#include <memory>

#include "talign/qa/check.h"

namespace talign {

std::unique_ptr<Check> MakeInconsistentTranslationCheck();
std::unique_ptr<Check> MakeInconsistentSourceCheck();

}  // namespace talign

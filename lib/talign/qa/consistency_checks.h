// The corpus-wide checks: they compare beads with each other, so they see the whole corpus
// (every document of a --manifest or TMX file) as one context.
//   inconsistent-translation: one source sentence, or one glossary term, rendered in more
//       than one way. Sentences compare by their words (case and punctuation folded); a term
//       by which accepted glossary form its target uses (forbidden forms are term-forbidden's).
//   inconsistent-source: one target sentence given for different source sentences.
// Both report a warning on each bead that departs from the most frequent rendering (ties:
// the first seen), naming that rendering in `expected`. Sentences of fewer than four words
// ("Publicité", "Lire la suite", "Refus du président") are left out: headings and page
// furniture repeat with any wording.
#pragma once

#include <memory>

#include "talign/qa/check.h"

namespace talign {

std::unique_ptr<Check> MakeInconsistentTranslationCheck();
std::unique_ptr<Check> MakeInconsistentSourceCheck();

}  // namespace talign

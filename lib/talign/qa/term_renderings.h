// How each term was rendered across a corpus: the per-term table of the check report
// ("accord de Doha → Doha agreement ×5, Doha accord ×1"), and the uses it is built from,
// which the inconsistent-translation check reads too.
//
//   std::vector<TermUse> uses = GlossaryTermUses(context);  // needs the glossary and languages
//   std::vector<TermRenderings> table = RenderingTable(*context.glossary, uses);
//   auto more = FrequentSourceTerms(context, {});  // frequent n-grams not in the glossary
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "talign/qa/check.h"

namespace talign {

// One bead where a glossary term's source occurs, and the glossary form its target used.
struct TermUse {
  std::size_t term = 0;  // index into Glossary::terms
  std::size_t bead = 0;
  std::string rendering;   // the accepted or forbidden form as the glossary writes it; "" if none
  bool forbidden = false;  // `rendering` is one of the term's forbidden forms
};

struct Rendering {
  std::string text;       // "" : the term's source occurred and no known rendering was found
  std::size_t count = 0;  // beads
};

struct TermRenderings {
  std::string term;  // the glossary entry's first source form, or a frequent source n-gram
  bool in_glossary = true;
  std::size_t beads = 0;              // beads whose source holds the term
  std::vector<Rendering> renderings;  // most frequent first, ties in order of first use
};

// Every (term, bead, rendering) of the corpus, by bead. Beads with an empty side are
// skipped. A bead using two forms of one term gives two uses. Requires context.glossary.
std::vector<TermUse> GlossaryTermUses(const CheckContext& context);

// One row per glossary term that occurs, in glossary order.
std::vector<TermRenderings> RenderingTable(const Glossary& glossary,
                                           const std::vector<TermUse>& uses);

struct FrequentTermOptions {
  std::size_t min_beads = 3;   // (3) an n-gram must occur in this many beads
  std::size_t max_terms = 10;  // (10) rows kept, most frequent first
  std::size_t max_words = 3;   // (3) longest n-gram
  std::size_t renderings = 2;  // (2) target words shown per row, best associated first
};

// Frequent content-word n-grams of the source side (not starting or ending with a stop word,
// not overlapping a glossary source match), each with the target words most associated with
// it (Dice over beads). A modest term-candidate list, not a term extractor. Stop words are
// each side's LanguageResources::StopWords (context.source_language, target_language).
std::vector<TermRenderings> FrequentSourceTerms(const CheckContext& context,
                                                const FrequentTermOptions& options);

}  // namespace talign

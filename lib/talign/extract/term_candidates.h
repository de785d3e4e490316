// Candidate terms of one bead side: single words and multi-word terms bounded by stop words,
// punctuation and numbers, following the patterns terms take (fr NOUN ADJ, NOUN de NOUN;
// en ADJ NOUN, NOUN NOUN, NOUN of NOUN).
//
//   WordAnalyzer fr(resources);   // the LanguageResources of "fr"
//   std::vector<TermWord> w = TermWords("les négociations interafghanes", fr);
//   FindTermSpans(w)  // {1,1} "négociations", {1,2} "négociations interafghanes"
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "talign/extract/word_analyzer.h"

namespace talign {

struct TermWord {
  std::string_view text;  // as written, a view into the bead text; "porte-parole" is one word
  std::uint32_t lemma = 0;
  WordClass word_class = WordClass::kUnknown;
  Number number = Number::kSingular;
  std::uint32_t singular = 0;  // kPlural: the analyzer's SingularText(singular)
  bool connector = false;      // "de", "of": may join the nouns of a term
  bool article = false;        // "la", "the": may follow a connector ("… de la santé")
  bool boundary = false;       // punctuation or a number: no term spans it

  // A word a term may contain and a translation model should explain.
  bool content() const { return !boundary && !connector && word_class != WordClass::kFunction; }
};

// The words of `text` (ICU tokens; "intra" "-" "Afghan" glued back into one word;
// apostrophes dropped so that "l'accord" gives "l" "accord").
// Connectors are those of the analyzer's language.
std::vector<TermWord> TermWords(std::string_view text, WordAnalyzer& analyzer);

// Inclusive word indices of a candidate term.
struct TermSpan {
  std::size_t first = 0;
  std::size_t last = 0;
  bool operator==(const TermSpan& o) const { return first == o.first && last == o.last; }
};

// max_words (5): the longest term, connectors and articles included ("Organisation
// mondiale de la santé").
inline constexpr std::size_t kMaxTermWords = 5;

// Every candidate span, by first word then length. A single word must be a noun, an
// adjective or unknown (names); a multi-word term starts with a noun, an unknown word or an
// adjective before a noun, holds nouns, adjectives, unknown words and at most one connector, and
// ends on a noun, an adjective or an unknown word. English has no parts of speech in en_US: every
// word that is not a stop word counts as unknown, so its patterns are stop-word bounded.
std::vector<TermSpan> FindTermSpans(const std::vector<TermWord>& words);

}  // namespace talign

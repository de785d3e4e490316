// A bilingual dictionary's word pairs as links between the two sides' word ids, so that
// the word translation model starts from them and the dictionary cost reads them
// (FreeDict, freedict.h; dictionary_cost.h).
//
//   auto links = DictionaryLinks(features, {"de", "fr", {{"Erkundung", "reconnaissance"}}});
//   // (id of "erkundungen", id of "reconnaissances"): one Snowball stem each side
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "talign/align/segment_features.h"

namespace talign {

using WordLink = std::pair<std::uint32_t, std::uint32_t>;  // (src word id, tgt word id)

// Word pairs (source word, target word) and the languages of their sides.
struct Dictionary {
  std::string src_language;  // BCP 47 codes: their Snowball stemmers (stemmer.h) match
  std::string tgt_language;  // a dictionary's lemmas with the input's inflected words
  std::vector<std::pair<std::string, std::string>> pairs;
};

// Links of every pair whose two words occur in the input: a dictionary word links every
// input word of its side with the same stem, both folded (FoldForMatch) first; a language
// Snowball does not know matches whole words. Sorted, no repeats; deterministic. Throws
// Error{kData} for an unknown language tag, when there are pairs.
std::vector<WordLink> DictionaryLinks(const BitextFeatures& features, const Dictionary& dictionary);

}  // namespace talign

// A bilingual dictionary's word pairs as links between the two sides' word ids, so that
// the word translation model starts from them and the dictionary cost reads them
// (dictionary.h, FreeDict: freedict.h; dictionary_cost.h).
//
//   auto links = DictionaryLinks(features, Dictionary(de, fr, {{"Erkundung", "reconnaissance"}}));
//   // (id of "erkundungen", id of "reconnaissances"): one Snowball stem each side
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "talign/align/dictionary.h"
#include "talign/align/segment_features.h"

namespace talign {

using WordLink = std::pair<std::uint32_t, std::uint32_t>;  // (src word id, tgt word id)

// Links of every pair whose two words occur in the input: a dictionary word links every
// input word of its side with the same stem (the dictionary's stemmers; input words are
// folded already). Sorted, no repeats; deterministic.
std::vector<WordLink> DictionaryLinks(const BitextFeatures& features, const Dictionary& dictionary);

}  // namespace talign

// A bilingual dictionary's word pairs as links between the two sides' word ids, so that
// the word translation model starts from them (FreeDict, freedict.h).
//
//   auto links = DictionaryLinks(features, {{"Wasser", "eau"}, {"gehen", "aller"}});
//   // (id of "wasser", id of "eau"), and "gingen" ← "gehen" by its stem "geh"
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "talign/align/segment_features.h"

namespace talign {

using WordLink = std::pair<std::uint32_t, std::uint32_t>;  // (src word id, tgt word id)

// Links of every pair whose two words occur in the input, folded (FoldForMatch). A
// dictionary gives lemmas: a dictionary word of kMinStemBytes + 2 bytes or more also
// matches input words that start with it less its last two bytes and are at most three
// bytes longer ("abandonner" ~ "abandonnés", "Wasser" ~ "Wassers"). Sorted, no repeats;
// deterministic.
std::vector<WordLink> DictionaryLinks(const BitextFeatures& features,
                                      const std::vector<std::pair<std::string, std::string>>& pairs);

inline constexpr std::size_t kMinStemBytes = 4;

}  // namespace talign

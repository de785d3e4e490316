// The word translation model of the second pass: IBM Model 1 in both directions, trained
// on the beads of the first pass (Moore 2002).
//
//   LexicalModel model = TrainLexicalModel(features, first_pass_path, 8000,
//                                          SeedLinks(features, dictionary_links));
//   LexicalCost lexical(features, model.forward, model.backward, 0.5);
#pragma once

#include <cstddef>
#include <vector>

#include "talign/align/dictionary_links.h"
#include "talign/align/dp.h"
#include "talign/align/segment_features.h"
#include "talign/align/translation_table.h"

namespace talign {

// How many bead pairs a seed link's one-word training pair counts as. Short inputs have few
// beads to learn from, so seeds weigh more there: strict F1 (bench/eval_align.sh; whole, then
// --pieces 140) macro 0.9454, 0.9361 at 1 (dictionary only); 0.9459, 0.9375 at 2 (Text+Berg
// pieces 0.9231 → 0.9277, Candide 0.9158 → 0.9185 whole); 0.9450, 0.9365 at 4.
inline constexpr double kSeedWeight = 2.0;

struct LexicalModel {
  TranslationTable forward;   // t(tgt | src)
  TranslationTable backward;  // t(src | tgt)
};

// Trains on the path's beads that have both sides, about `max_beads` of them when there
// are more (spread over the whole path, so that long inputs keep training time and memory
// bounded: 8,000 news beads make about 5M word links). Deterministic.
// Each `seed` link (SeedLinks) is one more training pair of one word each, which counts as
// kSeedWeight pairs: Model 1 then prefers it where the input agrees.
LexicalModel TrainLexicalModel(const BitextFeatures& features, const std::vector<PathBead>& path,
                               std::size_t max_beads = 8000,
                               const std::vector<WordLink>& seed = {});

// The seeds of TrainLexicalModel: a dictionary's links (dictionary_links.h) and the words
// spelt the same on both sides once folded (names, numbers, month names, units) of at
// least a few code points (kMinIdenticalChars). Sorted, no repeats; deterministic.
std::vector<WordLink> SeedLinks(const BitextFeatures& features,
                                const std::vector<WordLink>& dictionary);

}  // namespace talign

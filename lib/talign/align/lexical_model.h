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

struct LexicalModel {
  TranslationTable forward;   // t(tgt | src)
  TranslationTable backward;  // t(src | tgt)
};

// Trains on the path's beads that have both sides, about `max_beads` of them when there
// are more (spread over the whole path, so that long inputs keep training time and memory
// bounded: 8,000 news beads make about 5M word links). Deterministic.
// Each `seed` link (SeedLinks) is one more training pair of one word each, which counts as
// `seed_weight` pairs (CostModelOptions::seed_weight): Model 1 then prefers it where the
// input agrees.
LexicalModel TrainLexicalModel(const BitextFeatures& features, const std::vector<PathBead>& path,
                               std::size_t max_beads = 8000, const std::vector<WordLink>& seed = {},
                               double seed_weight = 1.0);

// The seeds of TrainLexicalModel: a dictionary's links (dictionary_links.h) and the words
// spelt the same on both sides once folded (names, numbers, month names, units) of at
// least a few code points (kMinIdenticalChars). Sorted, no repeats; deterministic.
std::vector<WordLink> SeedLinks(const BitextFeatures& features,
                                const std::vector<WordLink>& dictionary);

}  // namespace talign

// The word translation model of the second pass: IBM Model 1 in both directions, trained
// on the beads of the first pass (Moore 2002).
//
//   LexicalModel model = TrainLexicalModel(features, first_pass_path);
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
// Each `seed` link (a dictionary's pair, dictionary_links.h) is one more training pair of
// one word each: Model 1 then prefers it where the input agrees.
LexicalModel TrainLexicalModel(const BitextFeatures& features, const std::vector<PathBead>& path,
                               std::size_t max_beads = 8000,
                               const std::vector<WordLink>& seed = {});

}  // namespace talign

// Dictionary cost: evidence from a bilingual dictionary (FreeDict's pairs, as links between
// the input's words; dictionary_links.h) that does not come from the input. The second
// pass's Model 1 is trained on the first pass's beads, so a sentence the first pass left
// unaligned has words it never saw against the right neighbour ("Nun begannen die
// Erkundungen :" of a 2-1 merge); "Erkundungen" → "reconnaissances" still links them.
//
//   DictionaryCost dictionary(features, DictionaryLinks(features, dictionary), /*weight=*/2.5);
//   dictionary.Cost({217, 1, 256, 1});  // < 0: "erkundungen" ~ "reconnaissances"
#pragma once

#include <memory>
#include <vector>

#include "talign/align/cost_model.h"
#include "talign/align/dictionary_evidence.h"

namespace talign {

class DictionaryCost : public CostComponent {
 public:
  // Weighs `evidence`, which costs that weigh it otherwise may share. Not thread-safe: the
  // evidence caches rows. With `segment_chance`, a segment that chance explains adds
  // nothing to its 1-n or n-1 bead (DictionaryEvidence::UnearnedMatches).
  DictionaryCost(std::shared_ptr<const DictionaryEvidence> evidence, double weight,
                 double segment_chance = 0.0);
  // Weighs evidence of its own; keeps a reference to `features`: it must outlive this object.
  DictionaryCost(const BitextFeatures& features, const std::vector<WordLink>& links, double weight,
                 double chance = 0.0);

  // -weight × the mean over both sides of Σ idf(word) over the side's words that have a
  // dictionary translation anywhere on the other side of the bead (each word once, however
  // many segments hold a translation: a merge gains only by the words it adds); idf in
  // [0, 1) (log(N / df) / log(N + 1) over the side's segments), so "der" ~ "le" counts for
  // little. At most the first 64 linked words of a segment count. 0 for null beads.
  // Plus weight × chance × the mean over both sides of what the bead's words would match
  // by chance (DictionaryEvidence::ChanceMatches): every word added to a bead finds some
  // translations by chance, so without it merges (and a sentence the translator added,
  // glued to its neighbour) gain evidence they do not have.
  double Cost(const BeadView& bead) const override { return CostAsRowOfOne(bead); }
  void AddCosts(const BeadView& first, std::size_t count, double* out) const override;

  void BeginRow(std::size_t i, std::size_t tgt_begin, std::size_t tgt_end) const override {
    evidence_->BeginRow(i, tgt_begin, tgt_end);
  }

 private:
  std::shared_ptr<const DictionaryEvidence> evidence_;
  double weight_;
  double segment_chance_;
  mutable std::vector<float> matches_;  // scratch of AddCosts(), and the next
  mutable std::vector<double> chance_matches_;
  mutable std::vector<float> unearned_;
};

}  // namespace talign

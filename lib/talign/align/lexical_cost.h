// Lexical cost: how well IBM Model 1 tables explain each side of a bead by the other,
// against each word's background frequency, in both directions.
//
//   LexicalCost lexical(features, src_to_tgt, tgt_to_src, /*weight=*/0.5);
//   lexical.Cost({3, 1, 3, 1});  // negative when the words translate each other
#pragma once

#include <cstdint>
#include <vector>

#include "talign/align/cost_model.h"
#include "talign/align/segment_features.h"
#include "talign/align/translation_table.h"

namespace talign {

class LexicalCost : public CostComponent {
 public:
  // Keeps references to its arguments: they must outlive this object.
  // `forward` is t(tgt | src) and `backward` t(src | tgt).
  LexicalCost(const BitextFeatures& features, const TranslationTable& forward,
              const TranslationTable& backward, double weight);

  // -weight × the mean over both directions of Σ_words log(0.9·P_model / P_background + 0.1);
  // 0 for null beads, so that every word is scored once against its background in any path.
  double Cost(const BeadView& bead) const override;

 private:
  double Direction(const std::vector<SegmentFeatures>& from, std::size_t from_begin,
                   std::size_t from_count, const std::vector<SegmentFeatures>& to,
                   std::size_t to_begin, std::size_t to_count, const TranslationTable& table,
                   const std::vector<double>& background) const;

  const BitextFeatures& features_;
  const TranslationTable& forward_;
  const TranslationTable& backward_;
  double weight_;
  std::vector<double> src_background_;  // unigram probability of each word on its side
  std::vector<double> tgt_background_;
};

}  // namespace talign

// Lexical cost: how well IBM Model 1 tables explain each side of a bead by the other,
// against each word's background frequency, in both directions.
//
//   LexicalCost lexical(features, src_to_tgt, tgt_to_src, /*weight=*/0.5);
//   lexical.Cost({3, 1, 3, 1});  // negative when the words translate each other
#pragma once

#include <cstdint>
#include <vector>

#include "talign/align/bead_shapes.h"
#include "talign/align/cost_model.h"
#include "talign/align/diagonal_prior.h"
#include "talign/align/held_out_evidence.h"
#include "talign/align/segment_features.h"
#include "talign/align/translation_table.h"

namespace talign {

class LexicalCost : public CostComponent {
 public:
  // Keeps references to its arguments: they must outlive this object. Not thread-safe:
  // Cost() fills a per-row cache.
  // `forward` is t(tgt | src) and `backward` t(src | tgt). `diagonal` is the tension of
  // the diagonal prior over the other side's segments in a bead that has several
  // (diagonal_prior.h); 0 spreads each word's alignment evenly over the other side's
  // words, as Model 1.
  // `shares` (held_out_evidence.h), when given, scales each word's Σ_e; a word of share
  // 0 scores 0 in any bead, as in a null bead: nothing is known of it.
  LexicalCost(const BitextFeatures& features, const TranslationTable& forward,
              const TranslationTable& backward, double weight, double diagonal = 0.0,
              const HeldOutShares* shares = nullptr);

  // -weight × the mean over both directions of Σ_words log(0.9·P_model / P_background + 0.1),
  // P_model(word) = (Σ_e t(word | e) + t(word | NULL)) / (|other side| + 1) as in Model 1,
  // each other segment's Σ_e scaled by the diagonal prior where the other side has several;
  // 0 for null beads, so that every word is scored once against its background in any path.
  // The Σ_e of each (source segment, target segment) pair is cached per DP row: a bead's
  // masses are sums of its pairs'.
  double Cost(const BeadView& bead) const override;
  // The same along a row, with the bead's source rows looked up once.
  void AddCosts(const BeadView& first, std::size_t count, double* out) const override;

  // Caches the word scores of source segment i - 1 against target segments [begin, end).
  void BeginRow(std::size_t i, std::size_t tgt_begin, std::size_t tgt_end) const override;

 private:
  // Scales() of a bead's source segments for the blocks of a target segment, which
  // depend on nothing else: computed once per row.
  struct CachedScales {
    bool computed = false;
    bool none = false;  // Scales() gave none (all ones)
    float values[kMaxShapeSide * DiagonalPrior::kBlocks];
    const float* scales() const { return none ? nullptr : values; }
  };
  // Scales() of the target segments [l, l + count) of a backward score, for a source
  // segment of `blocks` blocks, which depend on nothing else: neighbouring rows share them.
  struct WindowScales {
    std::size_t l = SIZE_MAX;
    CachedScales scales;
  };
  // Slots by l for each count and blocks: more than a band's columns in a few rows.
  static constexpr std::size_t kWindowSlots = 256;

  // Word scores of one source segment against a range of target segments.
  struct RowCache {
    std::size_t row = SIZE_MAX;
    std::size_t begin = 0, end = 0;   // target segments
    std::vector<std::size_t> offset;  // by target segment - begin: into `ratios`
    // per cell: target words' then source words' Σ t(word | other segment's words) / P_background
    std::vector<float> ratios;
    std::vector<double> fwd_sum, bwd_sum;  // per cell
    // Memos, NaN until computed: fwd_memo[s][l - begin] is the forward score of target
    // segment l given source segments [row + 1 - s, row + 1]; bwd_memo[t][j - begin] the
    // backward score of source segment `row` given target segments [j, j + t). A bead's
    // score is the sum of its segments', and neighbouring cells share them.
    std::vector<double> fwd_memo[kMaxShapeSide + 1], bwd_memo[kMaxShapeSide + 1];
    // The diagonal prior's scales of fwd_memo[s], by s and by the blocks of the target
    // segment (DiagonalPrior::Blocks).
    CachedScales fwd_scales[kMaxShapeSide + 1][DiagonalPrior::kBlocks + 1];
  };

  RowCache& Row(std::size_t k, std::size_t tgt_begin, std::size_t tgt_end) const;
  void FillRow(std::size_t k, std::size_t tgt_begin, std::size_t tgt_end, RowCache* row) const;
  void SpreadSource(std::size_t k, std::size_t tgt_begin, std::size_t tgt_end) const;
  void ClearSpread(std::size_t tgt_begin, std::size_t tgt_end) const;
  // rows[a]: the row of source segment b.src_begin + a, cached over b's target segments.
  double Score(RowCache* const* rows, const BeadView& b) const;
  double Forward(RowCache* const* rows, const BeadView& b) const;
  double Backward(RowCache* const* rows, const BeadView& b) const;
  double ForwardOne(RowCache* const* rows, const BeadView& b, std::size_t l) const;
  double BackwardOne(std::size_t k, const RowCache& row, const BeadView& b) const;
  const float* Scales(std::size_t n, const std::size_t* ends, std::size_t parts) const;
  // `cached` filled with Scales(n, ends, parts) unless it is already.
  void CacheScales(std::size_t n, const std::size_t* ends, std::size_t parts,
                   CachedScales* cached) const;

  const BitextFeatures& features_;
  double weight_;
  DiagonalPrior diagonal_;
  // t(f | NULL) / background(f) by target word, t(e | NULL) / background(e) by source word;
  // kNoEvidence (lexical_cost.cc) for a word of share 0.
  std::vector<float> tgt_null_;
  std::vector<float> src_null_;
  std::vector<float> tgt_inverse_background_;
  std::vector<float> src_inverse_background_;
  // 1 / background times the share of its evidence kept (HeldOutShares), by word: scales Σ_e.
  std::vector<float> tgt_learned_scale_;
  std::vector<float> src_learned_scale_;
  // forward_[e]: (f, t(f|e)); source_of_[e]: (f, t(e|f)), the backward table inverted.
  std::vector<std::vector<std::pair<std::uint32_t, float>>> forward_, source_of_;
  // Scratch of the segment being cached, for the target words f of the segments it is
  // cached against (wanted_): Σ_e t(f|e), and the (position in the segment, t(e|f)) of
  // the segment's words, chained through `links_`.
  mutable std::vector<float> spread_;
  mutable std::vector<std::int32_t> head_;
  mutable std::vector<std::uint8_t> wanted_;  // bytes, not bits: read once per table entry
  struct Link {
    std::uint32_t position;
    float p;
    std::int32_t next;
  };
  mutable std::vector<Link> links_;
  mutable std::vector<float> accumulator_;                        // scratch of FillRow
  mutable float scales_[kMaxShapeSide * DiagonalPrior::kBlocks];  // scratch of Scales()
  mutable RowCache rows_[kMaxShapeSide + 1];  // row k in rows_[k % (kMaxShapeSide + 1)]
  // By count, then blocks, then l % kWindowSlots.
  mutable std::vector<WindowScales> window_scales_;
};

}  // namespace talign

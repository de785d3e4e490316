// Dictionary cost: evidence from a bilingual dictionary (FreeDict's pairs, as links between
// the input's words; dictionary_links.h) that does not come from the input. The second
// pass's Model 1 is trained on the first pass's beads, so a sentence the first pass left
// unaligned has words it never saw against the right neighbour ("Nun begannen die
// Erkundungen :" of a 2-1 merge); "Erkundungen" → "reconnaissances" still links them.
//
//   DictionaryCost dictionary(features, DictionaryLinks(features, dictionary), /*weight=*/2.5);
//   dictionary.Cost({217, 1, 256, 1});  // < 0: "erkundungen" ~ "reconnaissances"
#pragma once

#include <cstdint>
#include <vector>

#include "talign/align/bead_shapes.h"
#include "talign/align/cost_model.h"
#include "talign/align/dictionary_links.h"
#include "talign/align/segment_features.h"

namespace talign {

class DictionaryCost : public CostComponent {
 public:
  // Keeps a reference to `features`: it must outlive this object. Not thread-safe: Cost()
  // fills a per-row cache.
  DictionaryCost(const BitextFeatures& features, const std::vector<WordLink>& links, double weight,
                 double chance = 0.0, double segment_chance = 0.0);

  // -weight × the mean over both sides of Σ idf(word) over the side's words that have a
  // dictionary translation anywhere on the other side of the bead (each word once, however
  // many segments hold a translation: a merge gains only by the words it adds); idf in
  // [0, 1) (log(N / df) / log(N + 1) over the side's segments), so "der" ~ "le" counts for
  // little. At most the first 64 linked words of a segment count. 0 for null beads.
  // Plus weight × `chance` × the mean over both sides of what the bead's words would match
  // by chance: Σ idf(word) × q(word) × the other side's words, q(word) the share of the
  // other side's words that translate it. Every word added to a bead finds some
  // translations by chance, so without it merges (and a sentence the translator added,
  // glued to its neighbour) gain evidence they do not have.
  // In a bead with one segment on a side and several on the other, a segment of the
  // several whose gain (its words' matches, and the other side's words only it translates)
  // is at most `segment_chance` × what chance gives it, each word once, adds nothing: a
  // sentence the translator added does not lower its merge with the sentence it sits by.
  double Cost(const BeadView& bead) const override { return CostAsRowOfOne(bead); }
  void AddCosts(const BeadView& first, std::size_t count, double* out) const override;

  // Caches source segment i - 1's matches against target segments [begin, end).
  void BeginRow(std::size_t i, std::size_t tgt_begin, std::size_t tgt_end) const override;

 private:
  struct Side {
    Side(const std::vector<SegmentFeatures>& segments, std::size_t vocabulary);

    // Σ idf of segment k's linked words whose bits are set in `mask`.
    float Weight(std::size_t k, std::uint64_t mask) const;

    std::vector<std::vector<std::uint32_t>> links;  // by word: the other side's words
    std::vector<float> idf;                         // by word
    // Each segment's words that have links, in order: segment k's are linked[offset[k]]
    // to linked[offset[k + 1]], a bit each in the masks below. Filled once links are.
    std::vector<std::uint32_t> linked;
    std::vector<std::size_t> offset;
    // Prefix sums by segment, filled with `linked`: its words, and Σ idf(w) × q(w) over its
    // linked words w.
    std::vector<double> words, chance;

    // Fills words and chance, and expected if `by_segment`; `other` is the other side, of
    // `other_vocabulary` word ids.
    void SumChance(const std::vector<SegmentFeatures>& segments,
                   const std::vector<SegmentFeatures>& other, std::size_t other_vocabulary,
                   bool by_segment);
    // Σ chance over segments [begin, begin + count).
    double Chance(std::size_t begin, std::size_t count) const {
      return chance[begin + count] - chance[begin];
    }
    double Words(std::size_t begin, std::size_t count) const {
      return words[begin + count] - words[begin];
    }
    // Σ idf(w) × (1 - (1 - q(w))^n) over segment k's linked words w: what n words of the
    // other side match by chance, each word once. Kept for n = 2^j, j < kExpectedSizes,
    // and interpolated in n.
    static constexpr std::size_t kExpectedSizes = 10;
    std::vector<float> expected;  // segment k's at expected[k * kExpectedSizes + j]
    float Expected(std::size_t k, double n) const;
  };
  // Matches of one source segment against a range of target segments, by target segment -
  // begin: which of the source segment's linked words the target segment translates
  // (forward), and which of the target segment's the source segment does (backward).
  struct RowCache {
    std::size_t row = SIZE_MAX;
    std::size_t begin = 0, end = 0;
    std::vector<std::uint64_t> forward, backward;
    // Σ idf of the forward and of the backward matches: a bead with one segment on a
    // side sums these for its other side instead of its masses' bits.
    std::vector<float> forward_weight, backward_weight;
  };

  const RowCache& Row(std::size_t k, std::size_t tgt_begin, std::size_t tgt_end) const;
  // Σ idf over both sides of bead b, rows[a] caching its source segment a.
  float BeadWeight(const RowCache* const* rows, const BeadView& b) const;
  // Σ idf of the gains (as in Cost()) of bead b's segments that chance explains.
  float ChanceWeight(const RowCache* const* rows, const BeadView& b) const;
  // weight × chance × the mean over both sides of bead b's chance matches.
  double ChanceCost(const BeadView& b) const;
  // Bits of target segment l's linked words with a link among the words stamped in present_.
  std::uint64_t BackwardMatches(std::size_t l) const;

  const BitextFeatures& features_;
  double weight_;
  double chance_;
  double segment_chance_;
  Side src_, tgt_;
  mutable std::vector<std::uint64_t> bits_;     // by target word: scratch of Row()
  mutable std::vector<std::uint32_t> present_;  // by source word: last stamp
  mutable std::uint32_t stamp_ = 0;
  mutable RowCache rows_[kMaxShapeSide + 1];  // row k in rows_[k % (kMaxShapeSide + 1)]
};

}  // namespace talign

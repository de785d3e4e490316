// What a bilingual dictionary says about beads, whatever its weight: the idf of the words
// each side has a translation for on the other (dictionary_cost.h weighs it). Pass 1's
// re-run and pass 2 share one, so the links, idf and chance sums are built once.
//
//   auto evidence = std::make_shared<DictionaryEvidence>(features, links, /*chance=*/0.2);
//   float matches;
//   evidence->Matches({217, 1, 256, 1}, 1, &matches);  // idf("erkundungen") + …
#pragma once

#include <cstdint>
#include <vector>

#include "talign/align/bead_shapes.h"
#include "talign/align/cost_model.h"
#include "talign/align/dictionary_links.h"
#include "talign/align/segment_features.h"

namespace talign {

class DictionaryEvidence {
 public:
  // Keeps a reference to `features`: it must outlive this object. Not thread-safe: it
  // caches rows.
  DictionaryEvidence(const BitextFeatures& features, const std::vector<WordLink>& links,
                     double chance);

  // out[x] = Σ idf over both sides of the words of `first` moved x target segments on
  // that have a translation on the other side of that bead (each word once; a segment's
  // first 64 linked words), x < count; the bead must have both sides.
  void Matches(const BeadView& first, std::size_t count, float* out) const;
  // Σ over both sides of what bead b's words would match by chance: Σ idf(word) × q(word)
  // × the other side's words, q(word) the share of the other side's words that translate
  // it; `chance` (the constructor's) is how much of it a cost charges back.
  // out[x] = that of `first` moved x target segments on, x < count.
  void ChanceMatches(const BeadView& first, std::size_t count, double* out) const;
  double chance() const { return chance_; }

  // out[x] = Σ idf of the gains of the segments of the 1-n or n-1 bead `first` moved x
  // target segments on that chance explains, x < count: on the side with several, a
  // segment's gain is its words' matches and the other side's words only it translates;
  // chance explains it when it is at most `segment_chance` × what chance gives it, each word
  // once (Side::Expected): a sentence the translator added then adds nothing to its merge.
  void UnearnedMatches(const BeadView& first, std::size_t count, double segment_chance,
                       float* out) const;

  // Source segment i - 1 will be matched against target segments [tgt_begin, tgt_end):
  // its row is found then, when a bead that reads it is not kept already.
  void BeginRow(std::size_t i, std::size_t tgt_begin, std::size_t tgt_end) const;

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

    // Fills words, chance and expected; `other` is the other side, of `other_vocabulary`
    // word ids.
    void SumChance(const std::vector<SegmentFeatures>& segments,
                   const std::vector<SegmentFeatures>& other, std::size_t other_vocabulary);
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
  // BeginRow() sets the range; the matches are found when first needed.
  struct RowCache {
    std::size_t row = SIZE_MAX;
    std::size_t begin = 0, end = 0;
    bool filled = false;
    std::vector<std::uint64_t> forward, backward;
    // Σ idf of the forward and of the backward matches: a bead with one segment on a
    // side sums these for its other side instead of its masses' bits.
    std::vector<float> forward_weight, backward_weight;
    // Σ idf of the forward matches of target segments [at, at + width) together, by width
    // - 2 and at: found for a width when first needed.
    std::vector<float> forward_windows[kMaxShapeSide - 1];
  };
  // Σ idf of each target segment's words that source segments [row, row + k) translate
  // together, k > 1, for target segments [begin, end) by segment - begin: the beads of
  // one start row with k source segments share them, whatever their target segments.
  struct SpanCache {
    std::size_t row = SIZE_MAX;
    std::size_t begin = 0, end = 0;
    std::vector<float> backward_weight;
  };

  // The side of a 1-n or n-1 bead with several segments, [begin, begin + count), against
  // the other side's one: own[t], Σ idf of segment begin + t's words that the one
  // translates; theirs[t], the bits of the one's linked words that segment begin + t
  // translates.
  struct Several {
    const Side& side;
    std::size_t begin, count;
    const float* own;
    const std::uint64_t* theirs;
  };

  // UnearnedMatches() of one bead, rows[a] caching its source segment a.
  float Unearned(RowCache* const* rows, const BeadView& b, double segment_chance) const;
  // That of the bead of `several` and segment `one` of side `other`.
  static float Unearned(const Several& several, const Side& other, std::size_t one,
                        double segment_chance);
  RowCache& Row(std::size_t k, std::size_t tgt_begin, std::size_t tgt_end) const;
  void Fill(std::size_t k, RowCache* row) const;
  // row->forward_windows for `width` (> 1), by column - row->begin.
  const float* ForwardWindows(RowCache* row, std::size_t width) const;
  // The span cache of rows[0..count) (count > 1) that holds columns [begin, end), by
  // column - its begin; `rows` hold those columns.
  const SpanCache& Span(RowCache* const* rows, std::size_t count, std::size_t begin,
                        std::size_t end) const;
  // Bits of target segment l's linked words with a link among the words stamped in present_.
  std::uint64_t BackwardMatches(std::size_t l) const;

  const BitextFeatures& features_;
  double chance_;
  Side src_, tgt_;
  mutable std::vector<std::uint64_t> bits_;     // by target word: scratch of Row()
  mutable std::vector<std::uint32_t> present_;  // by source word: last stamp
  mutable std::uint32_t stamp_ = 0;
  // The rows of a bead and the next row begun, each in its own slot: at least
  // kMaxShapeSide + 1 of them, a power of two so that k % kRowSlots is a mask.
  static constexpr std::size_t kRowSlots = 8;
  static_assert(kRowSlots > kMaxShapeSide && (kRowSlots & (kRowSlots - 1)) == 0);
  mutable RowCache rows_[kRowSlots];            // row k in rows_[k % kRowSlots]
  mutable SpanCache spans_[kMaxShapeSide - 1];  // of k source segments in spans_[k - 2]
};

}  // namespace talign

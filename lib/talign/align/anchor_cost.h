// Anchor cost: a bonus for every anchor (number, name, cognate, punctuation, lexicon pair)
// found on both sides of a bead, and a charge for every number on one side of it that the
// other side has elsewhere but not in the bead: translators keep numbers, so a "250" that
// crosses from one bead to the next says the two belong together. A number the other side
// has nowhere is charged too (`lonely_number`): its sentence is likely not translated.
//
//   AnchorCost anchors(features, /*weight=*/1.0, /*number_mismatch=*/0.6, /*lonely=*/0.6);
//   anchors.Cost({5, 1, 4, 1});  // -2 when "30 dollars" and "June 2011" both match
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "talign/align/cost_model.h"
#include "talign/align/segment_features.h"

namespace talign {

class AnchorCost : public CostComponent {
 public:
  // Not thread-safe: AddCosts() counts in a scratch table.
  AnchorCost(const BitextFeatures& features, double weight, double number_mismatch = 0.0,
             double lonely_number = 0.0);

  double Cost(const BeadView& bead) const override { return CostAsRowOfOne(bead); }
  // Slides the target run along the row: each step adds one segment's anchors and drops
  // one's, where merging both runs per bead read all their anchors (most words of 4+
  // letters are anchors). A run of one target segment is only read (Alone()).
  void AddCosts(const BeadView& first, std::size_t count, double* out) const override;

 private:
  // One side's anchors that occur on the other side somewhere, by segment: the others
  // (most cognate prefixes: "~nachm" has no French match) can never be common.
  struct SharedAnchors {
    std::vector<std::uint32_t> ids;
    std::vector<std::size_t> begin;  // segment k's are ids[begin[k], begin[k + 1])
    // numbers[k]: numbers among segments [0, k)'s ids. Counts of numbers are 32-bit: a
    // double takes them in one instruction, not an unsigned 64-bit integer's sequence.
    std::vector<std::uint32_t> numbers;
    // lonely[k]: numbers of segments [0, k) that the other side has nowhere
    std::vector<std::uint32_t> lonely;
  };
  static SharedAnchors KeepShared(const std::vector<SegmentFeatures>& side,
                                  const std::vector<bool>& on_other_side,
                                  const std::vector<bool>& number_anchor);

  // Anchors both sides of a bead have (as multisets), while sliding: their count in the low
  // 32 bits, the count of numbers among them in the high 32 (one add per anchor).
  using Common = std::uint64_t;
  // Adds to out[x] lonely_number × the numbers of bead `first` moved x on that the other
  // side has nowhere.
  void AddLonely(const BeadView& first, std::size_t count, double* out) const;
  // -weight × common anchors + number_mismatch × numbers on one side only.
  double Price(Common common, std::uint32_t numbers) const;

  // Makes surplus_ hold the source run of `bead` (the DP prices a row's shapes of one
  // source run one after another: it stays in between); returns how many anchors it has.
  std::size_t PlaceSource(const BeadView& bead) const;
  // Adds sign × the anchors of source segments [begin, begin + count) to surplus_.
  void AddSource(std::size_t begin, std::size_t count, int sign) const;
  // Makes run_ cover target segments [begin, end) for the placed source run; whether
  // they have any of its anchors.
  bool FindRunAnchors(std::size_t begin, std::size_t end) const;
  // The placed source run's anchors in target segment l (run_ must cover it).
  const std::uint32_t* RunAnchors(std::size_t l) const {
    return run_.ids.data() + run_.begin[l - run_.first];
  }
  void Enter(std::size_t tgt_segment, Common* common) const;
  // What Enter() then Leave() of target segment `tgt_segment` find when no other target
  // segment is entered, without their writes: its anchor ids are sorted, so the k-th of a
  // repeated one is common when the source run has k.
  Common Alone(std::size_t tgt_segment) const;
  void Leave(std::size_t tgt_segment, Common* common) const;

  double weight_;
  double number_mismatch_;
  double lonely_number_;
  std::vector<Common> unit_;  // by anchor id: 1, or 1 + 2^32 for a number
  SharedAnchors src_, tgt_;
  // By anchor id: its count in the source run less its count in the target run, so that
  // the common count, Σ min of both, changes by one where it crosses 0. Between calls, the
  // counts of the source run [placed_begin_, placed_begin_ + placed_count_).
  mutable std::vector<std::int32_t> surplus_;
  mutable std::size_t placed_begin_ = 0, placed_count_ = 0;
  // The target anchors the placed source run has too, of target segments [first, end):
  // segment l's are ids[begin[l - first], begin[l - first + 1]), in order. The others
  // never meet a positive surplus, so sliding over these alone counts the same; each
  // shape of the run slides over them, where one pass has found them.
  struct RunAnchorIds {
    std::size_t first = 0, end = 0;
    std::vector<std::uint32_t> ids;
    std::vector<std::size_t> begin;
  };
  mutable RunAnchorIds run_;
};

// Anchors common to both sides, counted as a multiset (two "2011" match two, not four).
std::size_t CountCommonAnchors(const std::vector<SegmentFeatures>& src, const BeadView& bead,
                               const std::vector<SegmentFeatures>& tgt);

}  // namespace talign

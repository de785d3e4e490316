// fast_align's diagonal prior (Dyer et al. 2013) at the grain of a bead's segments: a word
// at relative position r of its side of a bead aligns to position x of the other side with
// density ∝ exp(-tension × |x - r|), so a merge's words borrow their translations from the
// segment facing them, not from anywhere in the bead. Within a segment the mass is spread
// evenly, as in Model 1, so a one-segment side scales nothing.
//
//   DiagonalPrior prior(4.0);
//   const float ends[] = {0.4f, 1.0f};  // two segments: [0, 0.4) and [0.4, 1) of the words
//   float scale[2 * DiagonalPrior::kBlocks];
//   prior.Scales(10, ends, 2, scale);  // first third: scale[0] > 1 > scale[kBlocks]
#pragma once

#include <cstddef>

namespace talign {

class DiagonalPrior {
 public:
  explicit DiagonalPrior(double tension);
  double tension() const { return tension_; }

  // The words of a segment of n words fall in Blocks(n) blocks of equal size, word q in
  // block q × Blocks(n) / n; each block's words take the centre of the block as their r.
  // The lexical cost asks for hundreds of thousands of scales: with 3 blocks `talign
  // align` runs 8% more instructions than without the prior on Text+Berg repeated to 6k
  // segments (callgrind), with 4 blocks 10%; fold A 0.9578 and 0.9581, fold B 0.9402
  // and 0.9385.
  static constexpr std::size_t kBlocks = 3;
  static std::size_t Blocks(std::size_t n) { return n < kBlocks ? n : kBlocks; }

  // scale[a × kBlocks + b] = (the prior's mass on segment a) / (segment a's share of the
  // words), for the words of block b of a segment of n words and the `parts` segments of
  // the other side, segment a covering [ends[a - 1], ends[a]) of [0, 1] (ends[-1] = 0,
  // ends[parts - 1] = 1); 0 for an empty segment, 1 for all when tension is 0.
  // parts ≤ kMaxShapeSide.
  void Scales(std::size_t n, const float* ends, std::size_t parts, float* scale) const;

 private:
  // Of block b of `blocks`, by [blocks - 1][b]: its centre r, e^{t r}, e^{-t r}, and
  // 1 / the mass on [0, 1].
  struct Block {
    float r, up, down, per_total;
  };
  double tension_;
  Block blocks_[kBlocks][kBlocks];
};

}  // namespace talign

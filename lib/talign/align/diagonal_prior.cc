#include "talign/align/diagonal_prior.h"

#include <cmath>

namespace talign {

DiagonalPrior::DiagonalPrior(double tension) : tension_(tension) {
  for (std::size_t blocks = 1; blocks <= kBlocks; ++blocks) {
    for (std::size_t b = 0; b < blocks; ++b) {
      const double r = (static_cast<double>(b) + 0.5) / static_cast<double>(blocks);
      const double up = std::exp(tension * r), down = 1.0 / up;
      blocks_[blocks - 1][b] = {static_cast<float>(r), static_cast<float>(up),
                                static_cast<float>(down),
                                static_cast<float>(1.0 / (2.0 - down - up * std::exp(-tension)))};
    }
  }
}

// The mass below x is t × ∫_0^x exp(-t × |u - r|) du: e^{-t r} (e^{t x} - 1) for x ≤ r,
// 2 - e^{-t r} - e^{t r} e^{-t x} above.
void DiagonalPrior::Scales(std::size_t n, const float* ends, std::size_t parts,
                           float* scale) const {
  const std::size_t blocks = Blocks(n);
  if (blocks == 0) return;
  if (tension_ <= 0.0) {  // the mass is spread evenly
    for (std::size_t k = 0; k < parts * kBlocks; ++k) scale[k] = 1.0f;
    return;
  }
  const Block* block = blocks_[blocks - 1];
  float below[kBlocks] = {};  // the mass below the previous segment's end, by block
  float begin = 0.0f;
  for (std::size_t a = 0; a < parts; ++a) {
    const float end = ends[a], up_end = std::exp(static_cast<float>(tension_) * end);
    const float per_width = end > begin ? 1.0f / (end - begin) : 0.0f;
    for (std::size_t b = 0; b < blocks; ++b) {
      const Block& k = block[b];
      const float mass = end <= k.r ? k.down * (up_end - 1.0f) : 2.0f - k.down - k.up / up_end;
      scale[a * kBlocks + b] = (mass - below[b]) * k.per_total * per_width;
      below[b] = mass;
    }
    begin = end;
  }
}

}  // namespace talign

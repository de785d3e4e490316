// Association of a source and a target term over beads.
//
//   Dice(/*pair=*/8, /*src=*/10, /*tgt=*/10) == 0.8
//   PairScore(8, 10, 10) == 0.8 * 8 / 10 == 0.64   // rare pairs are shrunk towards 0
#pragma once

#include <cstddef>

namespace talign {

// 2·pair / (src + tgt): beads holding both terms (linked) against beads holding either.
double Dice(std::size_t pair, std::size_t src, std::size_t tgt);

// Dice × pair / (pair + 2): how much to trust the pair. Dice alone ranks a pair seen twice
// in two beads (1.0) above one seen 200 times in 210 (0.95); the factor makes the ranking
// prefer evidence, and keeps the score in [0, 1].
double PairScore(std::size_t pair, std::size_t src, std::size_t tgt);

}  // namespace talign

#include "talign/extract/association.h"

namespace talign {

double Dice(std::size_t pair, std::size_t src, std::size_t tgt) {
  if (src + tgt == 0) return 0.0;
  return 2.0 * static_cast<double>(pair) / static_cast<double>(src + tgt);
}

double PairScore(std::size_t pair, std::size_t src, std::size_t tgt) {
  double n = static_cast<double>(pair);
  return Dice(pair, src, tgt) * n / (n + 2.0);
}

}  // namespace talign

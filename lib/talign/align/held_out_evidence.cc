#include "talign/align/held_out_evidence.h"

#include <algorithm>
#include <cstddef>

namespace talign {
namespace {

struct WordCounts {
  std::vector<double> occurrences, merged, pairs;
  explicit WordCounts(std::size_t vocabulary)
      : occurrences(vocabulary, 0.0), merged(vocabulary, 0.0), pairs(vocabulary, 0.0) {}
};

void CountSegments(const std::vector<SegmentFeatures>& side, std::size_t begin, std::size_t count,
                   std::vector<double>* counts) {
  for (std::size_t k = begin; k < begin + count; ++k) {
    for (std::uint32_t w : side[k].words) (*counts)[w] += 1;
  }
}

std::vector<float> Shares(const WordCounts& counts, double leave_one_out) {
  std::vector<float> shares(counts.pairs.size(), 1.0f);
  for (std::size_t w = 0; w < shares.size(); ++w) {
    if (counts.merged[w] == 0) continue;
    const double left_out = leave_one_out * counts.merged[w] / counts.occurrences[w];
    shares[w] = static_cast<float>(std::max(0.0, 1.0 - left_out / counts.pairs[w]));
  }
  return shares;
}

}  // namespace

HeldOutShares LeaveOneOutShares(const BitextFeatures& features,
                                const std::vector<PathBead>& trained,
                                const std::vector<WordLink>& seeds, double seed_weight,
                                double leave_one_out) {
  if (leave_one_out == 0.0) {
    return {std::vector<float>(features.src_vocabulary, 1.0f),
            std::vector<float>(features.tgt_vocabulary, 1.0f)};
  }
  WordCounts src(features.src_vocabulary), tgt(features.tgt_vocabulary);
  CountSegments(features.src, 0, features.src.size(), &src.occurrences);
  CountSegments(features.tgt, 0, features.tgt.size(), &tgt.occurrences);
  for (const PathBead& bead : trained) {
    const BeadView& b = bead.view;
    if (b.src_count == 0 || b.tgt_count == 0 || b.src_count + b.tgt_count < 3) continue;
    CountSegments(features.src, b.src_begin, b.src_count, &src.merged);
    CountSegments(features.tgt, b.tgt_begin, b.tgt_count, &tgt.merged);
  }
  src.pairs = src.occurrences;
  tgt.pairs = tgt.occurrences;
  for (const auto& [e, f] : seeds) {
    src.pairs[e] += seed_weight;
    tgt.pairs[f] += seed_weight;
  }
  return {Shares(src, leave_one_out), Shares(tgt, leave_one_out)};
}

}  // namespace talign

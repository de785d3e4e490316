#include "talign/align/lexical_model.h"

#include <cstdint>
#include <limits>

namespace talign {
namespace {

std::vector<std::uint32_t> Words(const std::vector<SegmentFeatures>& side, std::size_t begin,
                                 std::size_t count) {
  std::vector<std::uint32_t> words;
  for (std::size_t k = begin; k < begin + count && words.size() < kMaxTrainingWords; ++k) {
    words.insert(words.end(), side[k].words.begin(), side[k].words.end());
  }
  if (words.size() > kMaxTrainingWords) words.resize(kMaxTrainingWords);
  return words;
}

std::vector<const PathBead*> TrainingBeads(const std::vector<PathBead>& path,
                                           std::size_t max_beads) {
  std::vector<const PathBead*> beads;
  for (const PathBead& b : path) {
    if (b.view.src_count > 0 && b.view.tgt_count > 0) beads.push_back(&b);
  }
  if (beads.size() <= max_beads) return beads;
  // Bead k is kept when k·φ mod 1 (φ the golden ratio's fraction, as 64-bit fixed point)
  // falls below max_beads / beads: about max_beads of them, spread evenly, but never in
  // step with a period of the input (an evenly spaced sample of a repeated document can
  // fall in step with the repeat and train on a few of its pairs over and over).
  const std::uint64_t below = std::numeric_limits<std::uint64_t>::max() / beads.size() * max_beads;
  std::vector<const PathBead*> sample;
  for (std::size_t k = 0; k < beads.size(); ++k) {
    if (static_cast<std::uint64_t>(k) * 0x9E3779B97F4A7C15ull < below) sample.push_back(beads[k]);
  }
  return sample;
}

}  // namespace

LexicalModel TrainLexicalModel(const BitextFeatures& features, const std::vector<PathBead>& path,
                               std::size_t max_beads, const std::vector<WordLink>& seed) {
  std::vector<std::vector<std::uint32_t>> src, tgt;
  for (const PathBead* b : TrainingBeads(path, max_beads)) {
    src.push_back(Words(features.src, b->view.src_begin, b->view.src_count));
    tgt.push_back(Words(features.tgt, b->view.tgt_begin, b->view.tgt_count));
  }
  for (const auto& [e, f] : seed) src.push_back({e}), tgt.push_back({f});
  std::vector<WordPair> pairs;
  for (std::size_t k = 0; k < src.size(); ++k) pairs.push_back({&src[k], &tgt[k]});
  auto [forward, backward] =
      TranslationTable::TrainBothWays(pairs, features.src_vocabulary, features.tgt_vocabulary);
  return {std::move(forward), std::move(backward)};
}

}  // namespace talign

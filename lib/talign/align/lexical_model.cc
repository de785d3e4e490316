#include "talign/align/lexical_model.h"

namespace talign {
namespace {

std::vector<std::uint32_t> Words(const std::vector<SegmentFeatures>& side, std::size_t begin,
                                 std::size_t count) {
  std::vector<std::uint32_t> words;
  for (std::size_t k = begin; k < begin + count; ++k) {
    words.insert(words.end(), side[k].words.begin(), side[k].words.end());
  }
  return words;
}

std::vector<const PathBead*> TrainingBeads(const std::vector<PathBead>& path, std::size_t max_beads) {
  std::vector<const PathBead*> beads;
  for (const PathBead& b : path) {
    if (b.view.src_count > 0 && b.view.tgt_count > 0) beads.push_back(&b);
  }
  if (beads.size() <= max_beads) return beads;
  std::vector<const PathBead*> sample;
  for (std::size_t k = 0; k < max_beads; ++k) sample.push_back(beads[k * beads.size() / max_beads]);
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

// IBM Model 1 word translation probabilities t(target word | source word), learnt by EM
// from sentence pairs of the input itself (Moore 2002: align on length and anchors first,
// train on the confident beads, then align again with the model).
//
//   auto [forward, backward] = TranslationTable::TrainBothWays(pairs, src_words, tgt_words);
//   for (const auto& [tgt_word, p] : forward.Translations(src_word)) …
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace talign {

// IBM-1 links every target word of a training pair to every source word: each side is cut
// at this many words before training so that its links stay bounded (a 10,000-word run-on
// pair took 100M links, 5.5 GB). Real sentence beads are far shorter and keep all their words.
inline constexpr std::size_t kMaxTrainingWords = 256;

// One training pair: the word ids of a bead's source and target sides, and how many times
// it counts (EM adds its expected counts `weight` times).
struct WordPair {
  const std::vector<std::uint32_t>* src;
  const std::vector<std::uint32_t>* tgt;
  double weight = 1.0;
};

class TranslationTable {
 public:
  TranslationTable() = default;

  // Both directions from the same pairs: t(tgt | src), where word id src_vocabulary stands
  // for NULL (target words with no source counterpart), and t(src | tgt), where NULL is
  // tgt_vocabulary. Deterministic: sums run in the order of `pairs`.
  static std::pair<TranslationTable, TranslationTable> TrainBothWays(
      const std::vector<WordPair>& pairs, std::size_t src_vocabulary, std::size_t tgt_vocabulary,
      int iterations = 5);

  // The most likely translations of `src_word` (NULL: src_vocabulary), pruned to those
  // with t ≥ kMinProbability, as (target word, probability).
  const std::vector<std::pair<std::uint32_t, float>>& Translations(std::uint32_t src_word) const {
    return table_[src_word];
  }
  std::uint32_t null_word() const { return static_cast<std::uint32_t>(table_.size() - 1); }

  static constexpr float kMinProbability = 0.01f;

  using Rows = std::vector<std::vector<std::pair<std::uint32_t, float>>>;

 private:
  explicit TranslationTable(Rows table) : table_(std::move(table)) {}
  Rows table_;  // by source word
};

}  // namespace talign

#include "talign/align/translation_table.h"

#include <algorithm>
#include <unordered_map>

namespace talign {
namespace {

// t(f|e) for every co-occurring pair, keyed src << 32 | tgt.
using Probabilities = std::unordered_map<std::uint64_t, double>;

std::uint64_t Key(std::uint32_t src, std::uint32_t tgt) {
  return (static_cast<std::uint64_t>(src) << 32) | tgt;
}

// One EM round: expected counts c(f, e) from `t`, then t(f|e) = c(f, e) / c(e).
Probabilities EmRound(const std::vector<WordPair>& pairs, std::uint32_t null_word,
                      const Probabilities& t, std::size_t src_vocabulary, double uniform) {
  Probabilities counts;
  std::vector<double> totals(src_vocabulary + 1, 0.0);
  for (const WordPair& pair : pairs) {
    for (std::uint32_t f : *pair.tgt) {
      auto prob = [&](std::uint32_t e) {
        auto it = t.find(Key(e, f));
        return t.empty() ? uniform : (it == t.end() ? 0.0 : it->second);
      };
      double norm = prob(null_word);
      for (std::uint32_t e : *pair.src) norm += prob(e);
      if (norm <= 0) continue;
      counts[Key(null_word, f)] += prob(null_word) / norm;
      totals[null_word] += prob(null_word) / norm;
      for (std::uint32_t e : *pair.src) {
        counts[Key(e, f)] += prob(e) / norm;
        totals[e] += prob(e) / norm;
      }
    }
  }
  for (auto& [key, count] : counts) count /= totals[key >> 32];
  return counts;
}

}  // namespace

TranslationTable TranslationTable::Train(const std::vector<WordPair>& pairs,
                                         std::size_t src_vocabulary, std::size_t tgt_vocabulary,
                                         int iterations) {
  const auto null_word = static_cast<std::uint32_t>(src_vocabulary);
  double uniform = 1.0 / static_cast<double>(std::max<std::size_t>(1, tgt_vocabulary));
  Probabilities t;
  for (int round = 0; round < iterations; ++round) {
    t = EmRound(pairs, null_word, t, src_vocabulary, uniform);
  }
  TranslationTable table;
  table.table_.resize(src_vocabulary + 1);
  for (const auto& [key, p] : t) {
    if (p >= kMinProbability) {
      table.table_[key >> 32].emplace_back(static_cast<std::uint32_t>(key), static_cast<float>(p));
    }
  }
  // Hash order is not deterministic across library versions: sort each list.
  for (auto& list : table.table_) std::sort(list.begin(), list.end());
  return table;
}

}  // namespace talign

#include "talign/align/translation_table.h"

#include <algorithm>
#include <unordered_map>

namespace talign {
namespace {

// Every co-occurring (source, target) word pair gets a slot once; EM rounds then run over
// flat arrays instead of hash lookups.
struct Slots {
  std::vector<std::uint32_t> src_word;  // by slot
  std::vector<std::uint32_t> tgt_word;  // by slot
  // For each training pair and each of its target words: the slots of NULL and of every
  // source word, in order, concatenated.
  std::vector<std::uint32_t> links;
};

Slots IndexSlots(const std::vector<WordPair>& pairs, std::uint32_t null_word) {
  Slots s;
  std::size_t link_count = 0;
  for (const WordPair& pair : pairs) link_count += pair.tgt->size() * (pair.src->size() + 1);
  s.links.reserve(link_count);
  std::unordered_map<std::uint64_t, std::uint32_t> ids;
  ids.reserve(link_count / 2);  // most pairs repeat less often than this; avoids rehashing
  auto slot = [&](std::uint32_t e, std::uint32_t f) {
    auto [it, added] = ids.emplace((static_cast<std::uint64_t>(e) << 32) | f,
                                   static_cast<std::uint32_t>(s.src_word.size()));
    if (added) s.src_word.push_back(e), s.tgt_word.push_back(f);
    return it->second;
  };
  for (const WordPair& pair : pairs) {
    for (std::uint32_t f : *pair.tgt) {
      s.links.push_back(slot(null_word, f));
      for (std::uint32_t e : *pair.src) s.links.push_back(slot(e, f));
    }
  }
  return s;
}

// One EM round: expected counts from `t`, then t(f|e) = c(f, e) / c(e).
std::vector<double> EmRound(const std::vector<WordPair>& pairs, const Slots& s,
                            const std::vector<double>& t, std::size_t src_words) {
  std::vector<double> counts(t.size(), 0.0), totals(src_words, 0.0);
  std::size_t at = 0;
  for (const WordPair& pair : pairs) {
    std::size_t width = pair.src->size() + 1;
    for (std::size_t k = 0; k < pair.tgt->size(); ++k, at += width) {
      double norm = 0.0;
      for (std::size_t l = at; l < at + width; ++l) norm += t[s.links[l]];
      if (norm <= 0.0) continue;
      for (std::size_t l = at; l < at + width; ++l) counts[s.links[l]] += t[s.links[l]] / norm;
    }
  }
  for (std::size_t slot = 0; slot < counts.size(); ++slot) totals[s.src_word[slot]] += counts[slot];
  for (std::size_t slot = 0; slot < counts.size(); ++slot) {
    double total = totals[s.src_word[slot]];
    counts[slot] = total > 0.0 ? counts[slot] / total : 0.0;
  }
  return counts;
}

}  // namespace

TranslationTable TranslationTable::Train(const std::vector<WordPair>& pairs,
                                         std::size_t src_vocabulary, std::size_t tgt_vocabulary,
                                         int iterations) {
  const auto null_word = static_cast<std::uint32_t>(src_vocabulary);
  Slots slots = IndexSlots(pairs, null_word);
  std::vector<double> t(slots.src_word.size(),
                        1.0 / static_cast<double>(std::max<std::size_t>(1, tgt_vocabulary)));
  for (int round = 0; round < iterations; ++round) t = EmRound(pairs, slots, t, src_vocabulary + 1);
  TranslationTable table;
  table.table_.resize(src_vocabulary + 1);
  for (std::size_t slot = 0; slot < t.size(); ++slot) {
    if (t[slot] >= kMinProbability) {
      table.table_[slots.src_word[slot]].emplace_back(slots.tgt_word[slot],
                                                      static_cast<float>(t[slot]));
    }
  }
  for (auto& list : table.table_) std::sort(list.begin(), list.end());
  return table;
}

}  // namespace talign

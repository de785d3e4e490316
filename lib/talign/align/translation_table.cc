#include "talign/align/translation_table.h"

#include <algorithm>

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

// Open addressing with linear probing over (e, f) keys: several times faster than
// std::unordered_map on the tens of millions of lookups of a long input. Sized by the
// distinct keys, far fewer than the lookups, so that the table stays small and in cache.
class SlotIds {
 public:
  SlotIds() : keys_(kMinCapacity, kEmpty), ids_(kMinCapacity) {}

  // The id of (e, f), or `next` (then stored) when it is new; sets *added.
  std::uint32_t Find(std::uint64_t key, std::uint32_t next, bool* added) {
    std::size_t at = Probe(key);
    if (keys_[at] == key) {
      *added = false;
      return ids_[at];
    }
    keys_[at] = key;
    ids_[at] = next;
    if (2 * ++size_ > keys_.size()) Grow();
    *added = true;
    return next;
  }

 private:
  static constexpr std::uint64_t kEmpty = ~0ull;
  static constexpr int kMinCapacityBits = 10;
  static constexpr std::size_t kMinCapacity = std::size_t{1} << kMinCapacityBits;

  // The slot of `key`, or the empty one where it would go. Fibonacci hashing: the top
  // bits of the product, which every bit of both words reaches (its low bits never see e).
  std::size_t Probe(std::uint64_t key) const {
    std::size_t mask = keys_.size() - 1;
    std::size_t at = (key * 0x9E3779B97F4A7C15ull) >> shift_;
    while (keys_[at] != key && keys_[at] != kEmpty) at = (at + 1) & mask;
    return at;
  }

  // Doubles the capacity: at most half full, so that probing ends soon.
  void Grow() {
    std::vector<std::uint64_t> keys(2 * keys_.size(), kEmpty);
    std::vector<std::uint32_t> ids(keys.size());
    keys.swap(keys_);
    ids.swap(ids_);
    --shift_;
    for (std::size_t k = 0; k < keys.size(); ++k) {
      if (keys[k] == kEmpty) continue;
      std::size_t at = Probe(keys[k]);
      keys_[at] = keys[k];
      ids_[at] = ids[k];
    }
  }

  std::vector<std::uint64_t> keys_;
  std::vector<std::uint32_t> ids_;
  std::size_t size_ = 0;
  int shift_ = 64 - kMinCapacityBits;  // 64 - log2(capacity)
};

Slots IndexSlots(const std::vector<WordPair>& pairs, std::uint32_t null_word) {
  Slots s;
  std::size_t link_count = 0;
  for (const WordPair& pair : pairs) link_count += pair.tgt->size() * (pair.src->size() + 1);
  s.links.reserve(link_count);
  SlotIds ids;
  auto slot = [&](std::uint32_t e, std::uint32_t f) {
    bool added;
    auto next = static_cast<std::uint32_t>(s.src_word.size());
    std::uint32_t id = ids.Find((static_cast<std::uint64_t>(e) << 32) | f, next, &added);
    if (added) {
      s.src_word.push_back(e);
      s.tgt_word.push_back(f);
    }
    return id;
  };
  for (const WordPair& pair : pairs) {
    for (std::uint32_t f : *pair.tgt) {
      s.links.push_back(slot(null_word, f));
      for (std::uint32_t e : *pair.src) s.links.push_back(slot(e, f));
    }
  }
  return s;
}

// The slots of the other direction, read off `forward`'s instead of hashed again: each
// pair's links are the transpose of its forward links (less their NULL column), and ids
// come in the order IndexSlots would give them over the swapped pairs, so that EM sums
// run as they would. `null_word` is the other direction's NULL (the target vocabulary).
Slots TransposeSlots(const std::vector<WordPair>& pairs, const Slots& forward,
                     std::uint32_t null_word, std::size_t src_vocabulary) {
  constexpr std::uint32_t kUnseen = ~0u;
  std::vector<std::uint32_t> id_of_slot(forward.src_word.size(), kUnseen);
  std::vector<std::uint32_t> id_of_null(src_vocabulary, kUnseen);  // by forward source word
  Slots s;
  s.links.reserve(forward.links.size());
  auto id = [&s](std::uint32_t* known, std::uint32_t f, std::uint32_t e) {
    if (*known == kUnseen) {
      *known = static_cast<std::uint32_t>(s.src_word.size());
      s.src_word.push_back(f);
      s.tgt_word.push_back(e);
    }
    return *known;
  };
  std::size_t at = 0;  // the pair's first forward link
  for (const WordPair& pair : pairs) {
    const std::size_t width = pair.src->size() + 1;
    for (std::size_t p = 0; p < pair.src->size(); ++p) {
      std::uint32_t e = (*pair.src)[p];
      s.links.push_back(id(&id_of_null[e], null_word, e));
      for (std::size_t q = 0; q < pair.tgt->size(); ++q) {
        std::uint32_t slot = forward.links[at + q * width + 1 + p];  // (e, f) forward
        s.links.push_back(id(&id_of_slot[slot], (*pair.tgt)[q], e));
      }
    }
    at += pair.tgt->size() * width;
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
      // Unrolled: the loops' own counting is half their instructions (the sums stay in
      // order, as without).
      double norm = 0.0;
#pragma GCC unroll 4
      for (std::size_t l = at; l < at + width; ++l) norm += t[s.links[l]];
      if (norm <= 0.0) continue;
      const double per_norm = pair.weight / norm;  // one division per word, not per link
#pragma GCC unroll 4
      for (std::size_t l = at; l < at + width; ++l) counts[s.links[l]] += t[s.links[l]] * per_norm;
    }
  }
  for (std::size_t slot = 0; slot < counts.size(); ++slot) totals[s.src_word[slot]] += counts[slot];
  for (std::size_t slot = 0; slot < counts.size(); ++slot) {
    double total = totals[s.src_word[slot]];
    counts[slot] = total > 0.0 ? counts[slot] / total : 0.0;
  }
  return counts;
}

// EM from uniform t, then the table of t ≥ kMinProbability by source word, sorted.
TranslationTable::Rows Fit(const std::vector<WordPair>& pairs, const Slots& slots,
                           std::size_t src_vocabulary, std::size_t tgt_vocabulary, int iterations) {
  std::vector<double> t(slots.src_word.size(),
                        1.0 / static_cast<double>(std::max<std::size_t>(1, tgt_vocabulary)));
  for (int round = 0; round < iterations; ++round) t = EmRound(pairs, slots, t, src_vocabulary + 1);
  TranslationTable::Rows rows(src_vocabulary + 1);
  for (std::size_t slot = 0; slot < t.size(); ++slot) {
    if (t[slot] >= TranslationTable::kMinProbability) {
      rows[slots.src_word[slot]].emplace_back(slots.tgt_word[slot], static_cast<float>(t[slot]));
    }
  }
  for (auto& row : rows) std::sort(row.begin(), row.end());
  return rows;
}

}  // namespace

std::pair<TranslationTable, TranslationTable> TranslationTable::TrainBothWays(
    const std::vector<WordPair>& pairs, std::size_t src_vocabulary, std::size_t tgt_vocabulary,
    int iterations) {
  std::vector<WordPair> swapped;
  swapped.reserve(pairs.size());
  for (const WordPair& pair : pairs) swapped.push_back({pair.tgt, pair.src, pair.weight});
  Slots forward = IndexSlots(pairs, static_cast<std::uint32_t>(src_vocabulary));
  Slots backward =
      TransposeSlots(pairs, forward, static_cast<std::uint32_t>(tgt_vocabulary), src_vocabulary);
  return {TranslationTable(Fit(pairs, forward, src_vocabulary, tgt_vocabulary, iterations)),
          TranslationTable(Fit(swapped, backward, tgt_vocabulary, src_vocabulary, iterations))};
}

}  // namespace talign

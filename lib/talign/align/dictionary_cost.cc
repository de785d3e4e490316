#include "talign/align/dictionary_cost.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace talign {
namespace {

constexpr std::size_t kMaxLinkedWords = 64;  // bits of a mask

// log(N / df) / log(N + 1) by word, N the side's segments: in [0, 1).
std::vector<float> Idf(const std::vector<SegmentFeatures>& side, std::size_t vocabulary) {
  std::vector<std::uint32_t> df(vocabulary, 0);
  std::vector<std::size_t> last(vocabulary, SIZE_MAX);
  for (std::size_t k = 0; k < side.size(); ++k) {
    for (std::uint32_t w : side[k].words) {
      if (last[w] != k) last[w] = k, ++df[w];
    }
  }
  const double n = static_cast<double>(side.size());
  std::vector<float> idf(vocabulary, 0.0f);
  for (std::size_t w = 0; w < vocabulary; ++w) {
    if (df[w] > 0) idf[w] = static_cast<float>(std::log(n / df[w]) / std::log(n + 1));
  }
  return idf;
}

// Occurrences of each word id of `side`.
std::vector<double> Counts(const std::vector<SegmentFeatures>& side, std::size_t vocabulary) {
  std::vector<double> count(vocabulary, 0.0);
  for (const SegmentFeatures& segment : side) {
    for (std::uint32_t w : segment.words) count[w] += 1;
  }
  return count;
}

}  // namespace

void DictionaryCost::Side::SumChance(const std::vector<SegmentFeatures>& segments,
                                     const std::vector<SegmentFeatures>& other,
                                     std::size_t other_vocabulary, bool by_segment) {
  const std::vector<double> other_count = Counts(other, other_vocabulary);
  double other_words = 0.0;
  for (double c : other_count) other_words += c;
  words.assign(1, 0.0), chance.assign(1, 0.0);
  expected.assign(by_segment ? segments.size() * kExpectedSizes : 0, 0.0f);
  for (std::size_t k = 0; k < segments.size(); ++k) {
    double sum = 0.0;
    for (std::size_t p = offset[k]; p < offset[k + 1]; ++p) {
      double translations = 0.0;
      for (std::uint32_t o : links[linked[p]]) translations += other_count[o];
      const double q = translations / std::max(other_words, 1.0);
      sum += idf[linked[p]] * q;
      // (1 - q)^n for n = 2^j by squaring.
      double miss = 1.0 - std::min(q, 1.0);
      for (std::size_t j = 0; by_segment && j < kExpectedSizes; ++j, miss *= miss) {
        expected[k * kExpectedSizes + j] += static_cast<float>(idf[linked[p]] * (1.0 - miss));
      }
    }
    words.push_back(words.back() + static_cast<double>(segments[k].words.size()));
    chance.push_back(chance.back() + sum);
  }
}

float DictionaryCost::Side::Expected(std::size_t k, double n) const {
  const float* e = expected.data() + k * kExpectedSizes;
  const auto words = static_cast<std::uint64_t>(n);
  if (words <= 1) return static_cast<float>(e[0] * n);
  // Linear between the powers of two around n, the last two beyond them.
  const std::size_t low = std::min<std::size_t>(63 - __builtin_clzll(words), kExpectedSizes - 2);
  const double from = static_cast<double>(std::uint64_t{1} << low);
  return static_cast<float>(e[low] + (e[low + 1] - e[low]) * (n - from) / from);
}

DictionaryCost::Side::Side(const std::vector<SegmentFeatures>& segments, std::size_t vocabulary)
    : links(vocabulary), idf(Idf(segments, vocabulary)) {}

float DictionaryCost::Side::Weight(std::size_t k, std::uint64_t mask) const {
  const std::uint32_t* words = linked.data() + offset[k];
  float sum = 0.0f;
  for (; mask != 0; mask &= mask - 1) sum += idf[words[__builtin_ctzll(mask)]];
  return sum;
}

DictionaryCost::DictionaryCost(const BitextFeatures& features, const std::vector<WordLink>& links,
                               double weight, double chance, double segment_chance)
    : features_(features),
      weight_(weight),
      chance_(chance),
      segment_chance_(segment_chance),
      src_(features.src, features.src_vocabulary),
      tgt_(features.tgt, features.tgt_vocabulary),
      bits_(features.tgt_vocabulary, 0),
      present_(features.src_vocabulary, 0) {
  for (const auto& [e, f] : links) src_.links[e].push_back(f), tgt_.links[f].push_back(e);
  for (auto [side, segments] : {std::pair{&src_, &features.src}, {&tgt_, &features.tgt}}) {
    side->offset.push_back(0);
    for (const SegmentFeatures& segment : *segments) {
      std::size_t count = 0;
      for (std::uint32_t w : segment.words) {
        if (side->links[w].empty() || count == kMaxLinkedWords) continue;
        side->linked.push_back(w), ++count;
      }
      side->offset.push_back(side->linked.size());
    }
  }
  src_.SumChance(features.src, features.tgt, features.tgt_vocabulary, segment_chance > 0);
  tgt_.SumChance(features.tgt, features.src, features.src_vocabulary, segment_chance > 0);
}

double DictionaryCost::ChanceCost(const BeadView& b) const {
  const double src = src_.Chance(b.src_begin, b.src_count) * tgt_.Words(b.tgt_begin, b.tgt_count);
  const double tgt = tgt_.Chance(b.tgt_begin, b.tgt_count) * src_.Words(b.src_begin, b.src_count);
  return weight_ * chance_ * (src + tgt) / 2.0;
}

void DictionaryCost::AddCosts(const BeadView& first, std::size_t count, double* out) const {
  if (first.src_count == 0 || first.tgt_count == 0 || count == 0) return;
  const std::size_t begin = first.tgt_begin, end = begin + count - 1 + first.tgt_count;
  const RowCache* rows[kMaxShapeSide];
  for (std::size_t a = 0; a < first.src_count; ++a) rows[a] = &Row(first.src_begin + a, begin, end);
  if (first.src_count == 1 && first.tgt_count == 1) {
    const RowCache& row = *rows[0];
    for (std::size_t x = 0; x < count; ++x) {
      const std::size_t at = begin + x - row.begin;
      out[x] += -weight_ * ((row.forward_weight[at] + row.backward_weight[at]) / 2.0f) +
                ChanceCost({first.src_begin, 1, begin + x, 1});
    }
    return;
  }
  for (std::size_t x = 0; x < count; ++x) {
    const BeadView bead{first.src_begin, first.src_count, begin + x, first.tgt_count};
    out[x] +=
        -weight_ * (BeadWeight(rows, bead) - ChanceWeight(rows, bead)) / 2.0 + ChanceCost(bead);
  }
}

float DictionaryCost::BeadWeight(const RowCache* const* rows, const BeadView& b) const {
  std::uint64_t backward[kMaxShapeSide] = {};
  float sum = 0.0f;
  for (std::size_t a = 0; a < b.src_count; ++a) {
    const RowCache& row = *rows[a];
    const std::size_t at = b.tgt_begin - row.begin;
    if (b.tgt_count == 1) {
      backward[0] |= row.backward[at];
      sum += row.forward_weight[at];
      continue;
    }
    std::uint64_t forward = 0;
    for (std::size_t t = 0; t < b.tgt_count; ++t) {
      forward |= row.forward[at + t];
      backward[t] |= row.backward[at + t];
    }
    sum += src_.Weight(b.src_begin + a, forward);
  }
  for (std::size_t t = 0; t < b.tgt_count; ++t) {
    sum += b.src_count == 1 ? rows[0]->backward_weight[b.tgt_begin + t - rows[0]->begin]
                            : tgt_.Weight(b.tgt_begin + t, backward[t]);
  }
  return sum;
}

float DictionaryCost::ChanceWeight(const RowCache* const* rows, const BeadView& b) const {
  if (segment_chance_ <= 0 || (b.src_count > 1 && b.tgt_count > 1)) return 0.0f;
  float unearned = 0.0f;
  // Several target segments against one source segment: each one's own matches, and the
  // source words only it translates, against what chance gives each (the latter: the
  // source words n + n(t) target words match, less those n match). A segment whose own
  // matches pass alone needs no more.
  const RowCache& row = *rows[0];
  const std::size_t at = b.tgt_begin - row.begin;
  const double src_words = src_.Words(b.src_begin, 1);
  const double tgt_words = tgt_.Words(b.tgt_begin, b.tgt_count);
  const double src_all = b.tgt_count > 1 ? src_.Expected(b.src_begin, tgt_words) : 0.0;
  for (std::size_t t = 0; b.tgt_count > 1 && t < b.tgt_count; ++t) {
    const double chance = tgt_.Expected(b.tgt_begin + t, src_words) + src_all -
                          src_.Expected(b.src_begin, tgt_words - tgt_.Words(b.tgt_begin + t, 1));
    const double bar = segment_chance_ * chance;
    if (row.backward_weight[at + t] > bar) continue;
    std::uint64_t others = 0;
    for (std::size_t u = 0; u < b.tgt_count; ++u) others |= u == t ? 0 : row.forward[at + u];
    const float gain =
        row.backward_weight[at + t] + src_.Weight(b.src_begin, row.forward[at + t] & ~others);
    if (gain <= bar) unearned += gain;
  }
  // Several source segments against one target segment: the same, sides swapped.
  const double one_tgt_words = tgt_.Words(b.tgt_begin, 1);
  const double all_src_words = src_.Words(b.src_begin, b.src_count);
  const double tgt_all = b.src_count > 1 ? tgt_.Expected(b.tgt_begin, all_src_words) : 0.0;
  for (std::size_t a = 0; b.src_count > 1 && a < b.src_count; ++a) {
    const double chance =
        src_.Expected(b.src_begin + a, one_tgt_words) + tgt_all -
        tgt_.Expected(b.tgt_begin, all_src_words - src_.Words(b.src_begin + a, 1));
    const double bar = segment_chance_ * chance;
    const std::size_t at_a = b.tgt_begin - rows[a]->begin;
    if (rows[a]->forward_weight[at_a] > bar) continue;
    std::uint64_t others = 0;
    for (std::size_t c = 0; c < b.src_count; ++c) {
      others |= c == a ? 0 : rows[c]->backward[b.tgt_begin - rows[c]->begin];
    }
    const float gain =
        rows[a]->forward_weight[at_a] + tgt_.Weight(b.tgt_begin, rows[a]->backward[at_a] & ~others);
    if (gain <= bar) unearned += gain;
  }
  return unearned;
}

void DictionaryCost::BeginRow(std::size_t i, std::size_t tgt_begin, std::size_t tgt_end) const {
  tgt_end = std::min(tgt_end, features_.tgt.size());
  if (i == 0 || i > features_.src.size() || tgt_begin >= tgt_end) return;
  Row(i - 1, tgt_begin, tgt_end);
}

const DictionaryCost::RowCache& DictionaryCost::Row(std::size_t k, std::size_t tgt_begin,
                                                    std::size_t tgt_end) const {
  RowCache& row = rows_[k % (kMaxShapeSide + 1)];
  if (row.row == k && tgt_begin >= row.begin && tgt_end <= row.end) return row;
  row.row = k, row.begin = tgt_begin, row.end = tgt_end;
  row.forward.clear(), row.backward.clear();
  row.forward_weight.clear(), row.backward_weight.clear();
  // Forward: each target word's bits among k's linked words, spread once for the row.
  const std::size_t first = src_.offset[k], last = src_.offset[k + 1];
  for (std::size_t p = first; p < last; ++p) {
    for (std::uint32_t f : src_.links[src_.linked[p]]) bits_[f] |= std::uint64_t{1} << (p - first);
  }
  // Backward: k's words stamped, looked up from each target segment's linked words.
  if (++stamp_ == 0) std::fill(present_.begin(), present_.end(), 0), stamp_ = 1;
  for (std::uint32_t e : features_.src[k].words) present_[e] = stamp_;
  for (std::size_t l = tgt_begin; l < tgt_end; ++l) {
    std::uint64_t forward = 0;
    for (std::uint32_t f : features_.tgt[l].words) forward |= bits_[f];
    std::uint64_t backward = BackwardMatches(l);
    row.forward.push_back(forward), row.backward.push_back(backward);
    row.forward_weight.push_back(src_.Weight(k, forward));
    row.backward_weight.push_back(tgt_.Weight(l, backward));
  }
  for (std::size_t p = first; p < last; ++p) {
    for (std::uint32_t f : src_.links[src_.linked[p]]) bits_[f] = 0;
  }
  return row;
}

std::uint64_t DictionaryCost::BackwardMatches(std::size_t l) const {
  std::uint64_t mask = 0;
  for (std::size_t q = tgt_.offset[l]; q < tgt_.offset[l + 1]; ++q) {
    for (std::uint32_t e : tgt_.links[tgt_.linked[q]]) {
      if (present_[e] == stamp_) {
        mask |= std::uint64_t{1} << (q - tgt_.offset[l]);
        break;
      }
    }
  }
  return mask;
}

}  // namespace talign

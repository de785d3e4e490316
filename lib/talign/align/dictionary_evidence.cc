#include "talign/align/dictionary_evidence.h"

#include <algorithm>
#include <cmath>

namespace talign {
namespace {

constexpr std::size_t kMaxLinkedWords = 64;  // bits of a mask

// log(N / df) / log(N + 1) by word, N the side's segments: in [0, 1).
std::vector<float> Idf(const std::vector<SegmentFeatures>& side, std::size_t vocabulary) {
  std::vector<std::uint32_t> df(vocabulary, 0);
  std::vector<std::size_t> last(vocabulary, SIZE_MAX);
  for (std::size_t k = 0; k < side.size(); ++k) {
    for (std::uint32_t w : side[k].words) {
      if (last[w] == k) continue;
      last[w] = k;
      ++df[w];
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

void DictionaryEvidence::Side::SumChance(const std::vector<SegmentFeatures>& segments,
                                         const std::vector<SegmentFeatures>& other,
                                         std::size_t other_vocabulary) {
  const std::vector<double> other_count = Counts(other, other_vocabulary);
  double other_words = 0.0;
  for (double c : other_count) other_words += c;
  words.assign(1, 0.0);
  chance.assign(1, 0.0);
  expected.assign(segments.size() * kExpectedSizes, 0.0f);
  for (std::size_t k = 0; k < segments.size(); ++k) {
    double sum = 0.0;
    for (std::size_t p = offset[k]; p < offset[k + 1]; ++p) {
      double translations = 0.0;
      for (std::uint32_t o : links[linked[p]]) translations += other_count[o];
      const double q = translations / std::max(other_words, 1.0);
      sum += idf[linked[p]] * q;
      // (1 - q)^n for n = 2^j by squaring.
      double miss = 1.0 - std::min(q, 1.0);
      for (std::size_t j = 0; j < kExpectedSizes; ++j, miss *= miss) {
        expected[k * kExpectedSizes + j] += static_cast<float>(idf[linked[p]] * (1.0 - miss));
      }
    }
    words.push_back(words.back() + static_cast<double>(segments[k].words.size()));
    chance.push_back(chance.back() + sum);
  }
}

float DictionaryEvidence::Side::Expected(std::size_t k, double n) const {
  const float* e = expected.data() + k * kExpectedSizes;
  const auto words = static_cast<std::uint64_t>(n);
  if (words <= 1) return static_cast<float>(e[0] * n);
  // Linear between the powers of two around n, the last two beyond them.
  const std::size_t low = std::min<std::size_t>(63 - __builtin_clzll(words), kExpectedSizes - 2);
  const double from = static_cast<double>(std::uint64_t{1} << low);
  return static_cast<float>(e[low] + (e[low + 1] - e[low]) * (n - from) / from);
}

DictionaryEvidence::Side::Side(const std::vector<SegmentFeatures>& segments, std::size_t vocabulary)
    : links(vocabulary), idf(Idf(segments, vocabulary)) {}

float DictionaryEvidence::Side::Weight(std::size_t k, std::uint64_t mask) const {
  const std::uint32_t* words = linked.data() + offset[k];
  float sum = 0.0f;
  for (; mask != 0; mask &= mask - 1) sum += idf[words[__builtin_ctzll(mask)]];
  return sum;
}

DictionaryEvidence::DictionaryEvidence(const BitextFeatures& features,
                                       const std::vector<WordLink>& links, double chance)
    : features_(features),
      chance_(chance),
      src_(features.src, features.src_vocabulary),
      tgt_(features.tgt, features.tgt_vocabulary),
      bits_(features.tgt_vocabulary, 0),
      present_(features.src_vocabulary, 0) {
  for (const auto& [e, f] : links) {
    src_.links[e].push_back(f);
    tgt_.links[f].push_back(e);
  }
  for (auto [side, segments] : {std::pair{&src_, &features.src}, {&tgt_, &features.tgt}}) {
    side->offset.push_back(0);
    for (const SegmentFeatures& segment : *segments) {
      std::size_t count = 0;
      for (std::uint32_t w : segment.words) {
        if (side->links[w].empty() || count == kMaxLinkedWords) continue;
        side->linked.push_back(w);
        ++count;
      }
      side->offset.push_back(side->linked.size());
    }
  }
  src_.SumChance(features.src, features.tgt, features.tgt_vocabulary);
  tgt_.SumChance(features.tgt, features.src, features.src_vocabulary);
}

void DictionaryEvidence::ChanceMatches(const BeadView& first, std::size_t count,
                                       double* out) const {
  const double src_chance = src_.Chance(first.src_begin, first.src_count);
  const double src_words = src_.Words(first.src_begin, first.src_count);
  for (std::size_t x = 0, l = first.tgt_begin; x < count; ++x, ++l) {
    out[x] =
        src_chance * tgt_.Words(l, first.tgt_count) + tgt_.Chance(l, first.tgt_count) * src_words;
  }
}

void DictionaryEvidence::Matches(const BeadView& first, std::size_t count, float* out) const {
  const std::size_t src_count = first.src_count, tgt_count = first.tgt_count;
  const std::size_t begin = first.tgt_begin, end = begin + count - 1 + tgt_count;
  // forward[a][x]: Σ idf of source segment a's words that the bead at begin + x translates;
  // backward[y]: Σ idf of target segment begin + y's words that the bead's source translates.
  const float* forward[kMaxShapeSide] = {};
  RowCache* rows[kMaxShapeSide] = {};
  for (std::size_t a = 0; a < src_count; ++a) {
    rows[a] = &Row(first.src_begin + a, begin, end);
    forward[a] =
        (tgt_count == 1 ? rows[a]->forward_weight.data() : ForwardWindows(rows[a], tgt_count)) +
        (begin - rows[a]->begin);
  }
  const float* backward = rows[0]->backward_weight.data() + (begin - rows[0]->begin);
  if (src_count > 1) {
    const SpanCache& span = Span(rows, src_count, begin, end);
    backward = span.backward_weight.data() + (begin - span.begin);
  }
  // Term by term over the row, each bead's sum in the same order: the loops vectorise. The
  // first term is copied (0 + w is w: weights are sums of idf, never -0).
  std::copy_n(forward[0], count, out);
  for (std::size_t a = 1; a < src_count; ++a) {
    for (std::size_t x = 0; x < count; ++x) out[x] += forward[a][x];
  }
  for (std::size_t t = 0; t < tgt_count; ++t) {
    for (std::size_t x = 0; x < count; ++x) out[x] += backward[x + t];
  }
}

void DictionaryEvidence::UnearnedMatches(const BeadView& first, std::size_t count,
                                         double segment_chance, float* out) const {
  const std::size_t end = first.tgt_begin + count - 1 + first.tgt_count;
  RowCache* rows[kMaxShapeSide] = {};
  for (std::size_t a = 0; a < first.src_count; ++a) {
    rows[a] = &Row(first.src_begin + a, first.tgt_begin, end);
  }
  BeadView bead = first;
  for (std::size_t x = 0; x < count; ++x, ++bead.tgt_begin) {
    out[x] = Unearned(rows, bead, segment_chance);
  }
}

float DictionaryEvidence::Unearned(RowCache* const* rows, const BeadView& b,
                                   double segment_chance) const {
  if (b.tgt_count > 1) {
    const std::size_t at = b.tgt_begin - rows[0]->begin;
    return Unearned({tgt_, b.tgt_begin, b.tgt_count, rows[0]->backward_weight.data() + at,
                     rows[0]->forward.data() + at},
                    src_, b.src_begin, segment_chance);
  }
  float own[kMaxShapeSide];
  std::uint64_t theirs[kMaxShapeSide];
  for (std::size_t a = 0; a < b.src_count; ++a) {
    const std::size_t at = b.tgt_begin - rows[a]->begin;
    own[a] = rows[a]->forward_weight[at];
    theirs[a] = rows[a]->backward[at];
  }
  return Unearned({src_, b.src_begin, b.src_count, own, theirs}, tgt_, b.tgt_begin, segment_chance);
}

float DictionaryEvidence::Unearned(const Several& several, const Side& other, std::size_t one,
                                   double segment_chance) {
  // Each segment's own matches, and the words of `one` only it translates, against what
  // chance gives each (the latter: what chance matches of one's words with all the
  // several's words, less with all but the segment's). A segment whose own matches pass
  // alone needs no more.
  const Side& side = several.side;
  const double one_words = other.Words(one, 1);
  const double all_words = side.Words(several.begin, several.count);
  const double one_all = other.Expected(one, all_words);
  float unearned = 0.0f;
  for (std::size_t t = 0; t < several.count; ++t) {
    if (several.own[t] == 0.0f && several.theirs[t] == 0) continue;  // no gain
    const std::size_t k = several.begin + t;
    const double chance =
        side.Expected(k, one_words) + one_all - other.Expected(one, all_words - side.Words(k, 1));
    const double bar = segment_chance * chance;
    if (several.own[t] > bar) continue;
    std::uint64_t others = 0;
    for (std::size_t u = 0; u < several.count; ++u) others |= u == t ? 0 : several.theirs[u];
    const float gain = several.own[t] + other.Weight(one, several.theirs[t] & ~others);
    if (gain <= bar) unearned += gain;
  }
  return unearned;
}

const float* DictionaryEvidence::ForwardWindows(RowCache* row, std::size_t width) const {
  std::vector<float>& windows = row->forward_windows[width - 2];
  if (!windows.empty()) return windows.data();
  const std::size_t columns = row->end - row->begin;
  if (columns < width) return windows.data();
  windows.resize(columns - width + 1);
  for (std::size_t at = 0; at + width <= columns; ++at) {
    std::uint64_t mask = 0;
    for (std::size_t t = 0; t < width; ++t) mask |= row->forward[at + t];
    windows[at] = src_.Weight(row->row, mask);
  }
  return windows.data();
}

const DictionaryEvidence::SpanCache& DictionaryEvidence::Span(RowCache* const* rows,
                                                              std::size_t count, std::size_t begin,
                                                              std::size_t end) const {
  SpanCache& span = spans_[count - 2];
  if (span.row == rows[0]->row && begin >= span.begin && end <= span.end) return span;
  // All the columns the rows hold: the span's other beads ask for them next.
  span.row = rows[0]->row;
  span.begin = rows[0]->begin;
  span.end = rows[0]->end;
  for (std::size_t a = 1; a < count; ++a) {
    span.begin = std::max(span.begin, rows[a]->begin);
    span.end = std::min(span.end, rows[a]->end);
  }
  span.backward_weight.resize(span.end - span.begin);
  for (std::size_t l = span.begin; l < span.end; ++l) {
    std::uint64_t mask = 0;
    for (std::size_t a = 0; a < count; ++a) mask |= rows[a]->backward[l - rows[a]->begin];
    span.backward_weight[l - span.begin] = tgt_.Weight(l, mask);
  }
  return span;
}

void DictionaryEvidence::BeginRow(std::size_t i, std::size_t tgt_begin, std::size_t tgt_end) const {
  tgt_end = std::min(tgt_end, features_.tgt.size());
  if (i == 0 || i > features_.src.size() || tgt_begin >= tgt_end) return;
  RowCache& row = rows_[(i - 1) % kRowSlots];
  if (row.row == i - 1 && tgt_begin >= row.begin && tgt_end <= row.end) return;
  row.row = i - 1;
  row.begin = tgt_begin;
  row.end = tgt_end;
  row.filled = false;
}

DictionaryEvidence::RowCache& DictionaryEvidence::Row(std::size_t k, std::size_t tgt_begin,
                                                      std::size_t tgt_end) const {
  RowCache& row = rows_[k % kRowSlots];
  if (row.row != k || tgt_begin < row.begin || tgt_end > row.end) {
    row.row = k;
    row.begin = tgt_begin;
    row.end = tgt_end;
    row.filled = false;
  }
  if (!row.filled) Fill(k, &row);
  return row;
}

void DictionaryEvidence::Fill(std::size_t k, RowCache* row) const {
  const std::size_t width = row->end - row->begin;
  row->forward.resize(width);
  row->backward.resize(width);
  row->forward_weight.resize(width);
  row->backward_weight.resize(width);
  for (std::vector<float>& windows : row->forward_windows) windows.clear();
  // Forward: each target word's bits among k's linked words, spread once for the row.
  const std::size_t first = src_.offset[k], last = src_.offset[k + 1];
  for (std::size_t p = first; p < last; ++p) {
    for (std::uint32_t f : src_.links[src_.linked[p]]) bits_[f] |= std::uint64_t{1} << (p - first);
  }
  // A target word has bits when it translates one of k's words, and a target segment's
  // words with bits are among its linked ones; unless k has words past its 64th linked
  // one: then its backward matches are looked up from k's words stamped.
  const bool all_spread = last - first < kMaxLinkedWords;
  if (!all_spread) {
    if (++stamp_ == 0) {
      std::fill(present_.begin(), present_.end(), 0);
      stamp_ = 1;
    }
    for (std::uint32_t e : features_.src[k].words) present_[e] = stamp_;
  }
  for (std::size_t l = row->begin; l < row->end; ++l) {
    std::uint64_t forward = 0, backward = 0;
    if (all_spread) {
      const std::size_t begin = tgt_.offset[l], end = tgt_.offset[l + 1];
      for (std::size_t q = begin; q < end; ++q) {
        const std::uint64_t bits = bits_[tgt_.linked[q]];
        forward |= bits;
        if (bits != 0) backward |= std::uint64_t{1} << (q - begin);
      }
    }
    // Words of l past its 64th linked one may have bits too.
    if (!all_spread || tgt_.offset[l + 1] - tgt_.offset[l] == kMaxLinkedWords) {
      for (std::uint32_t f : features_.tgt[l].words) forward |= bits_[f];
    }
    if (!all_spread) backward = BackwardMatches(l);
    const std::size_t at = l - row->begin;
    row->forward[at] = forward;
    row->backward[at] = backward;
    row->forward_weight[at] = src_.Weight(k, forward);
    row->backward_weight[at] = tgt_.Weight(l, backward);
  }
  for (std::size_t p = first; p < last; ++p) {
    for (std::uint32_t f : src_.links[src_.linked[p]]) bits_[f] = 0;
  }
  row->filled = true;
}

std::uint64_t DictionaryEvidence::BackwardMatches(std::size_t l) const {
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

#include "talign/align/lexical_cost.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <utility>

namespace talign {
namespace {

// Mixing with the background bounds a word's penalty at log(kFloor): one unexplained word
// cannot outweigh a sentence of evidence.
constexpr float kFloor = 0.1f;

std::vector<float> InverseUnigrams(const std::vector<SegmentFeatures>& side,
                                   std::size_t vocabulary) {
  std::vector<double> count(vocabulary, 0.0);
  double total = 0;
  for (const SegmentFeatures& s : side) {
    for (std::uint32_t w : s.words) count[w] += 1, total += 1;
  }
  std::vector<float> inverse(vocabulary);
  for (std::size_t w = 0; w < vocabulary; ++w) {
    inverse[w] = count[w] > 0 ? static_cast<float>(total / count[w]) : 0.0f;
  }
  return inverse;
}

// inverse × share, by word (every share 1 without `shares`).
std::vector<float> Scaled(std::vector<float> inverse, const std::vector<float>* shares) {
  if (shares == nullptr) return inverse;
  for (std::size_t w = 0; w < inverse.size(); ++w) inverse[w] *= (*shares)[w];
  return inverse;
}

// The NULL ratio of a word with no evidence left (share 0, held_out_evidence.h): negative,
// as no ratio is, so that ScoreSum scores it 0 in any bead, as in a null bead, with no
// test per word but the sign's.
constexpr float kNoEvidence = -1e30f;

// t(word | NULL) / background(word), or kNoEvidence, by word.
std::vector<float> NullRatios(const TranslationTable& table, const std::vector<float>& inverse,
                              const std::vector<float>* shares) {
  std::vector<float> ratio(inverse.size(), 0.0f);
  for (const auto& [w, p] : table.Translations(table.null_word())) ratio[w] = p * inverse[w];
  if (shares == nullptr) return ratio;
  for (std::size_t w = 0; w < ratio.size(); ++w) {
    if ((*shares)[w] == 0.0f) ratio[w] = kNoEvidence;
  }
  return ratio;
}

// Σ of word scores log((1 - kFloor) × ratio + kFloor), taken as the log of their product:
// one log per kWordsPerLog words, not one per word (the DP scores tens of millions). A
// factor is at least kFloor and at most the words of one side (a hapax's inverse
// background), so kWordsPerLog of them stay far inside a double's range.
class ScoreSum {
 public:
  void Add(float ratio) {
    product_ *= ratio < 0.0f ? 1.0f : (1.0f - kFloor) * ratio + kFloor;  // kNoEvidence
    if (++factors_ == kWordsPerLog) Flush();
  }
  double Total() {
    Flush();
    return sum_;
  }

 private:
  static constexpr int kWordsPerLog = 16;
  void Flush() {
    if (factors_ == 0) return;
    sum_ += std::log(product_);
    product_ = 1.0;
    factors_ = 0;
  }
  double sum_ = 0.0, product_ = 1.0;
  int factors_ = 0;
};

// Σ over `words` of their scores against kParts segments of the other side: word q's
// ratio is its NULL ratio plus ratios[a][q] of each part times the diagonal prior's scale
// of part a for q's block (diagonal_prior.h), times `norm`. Word by word, the block's
// scales held in registers: a block has a few words, so loops over them part by part
// cost more in their set-up than in their work.
template <std::size_t kParts>
double ScoreScaledWords(const std::vector<std::uint32_t>& words,
                        const std::vector<float>& null_ratio, const float* const* ratios,
                        const float* scales, float norm) {
  const std::size_t n = words.size(), blocks = DiagonalPrior::Blocks(n);
  ScoreSum sum;
  for (std::size_t b = 0, begin = 0; b < blocks; ++b) {
    const std::size_t end = (b + 1) * n / blocks;
    float scale[kParts];
    for (std::size_t a = 0; a < kParts; ++a) scale[a] = scales[a * DiagonalPrior::kBlocks + b];
    for (std::size_t q = begin; q < end; ++q) {
      float ratio = null_ratio[words[q]] + scale[0] * ratios[0][q];
      for (std::size_t a = 1; a < kParts; ++a) ratio += scale[a] * ratios[a][q];
      sum.Add(ratio * norm);
    }
    begin = end;
  }
  return sum.Total();
}

using ScoreScaledWordsFunction = double (*)(const std::vector<std::uint32_t>&,
                                            const std::vector<float>&, const float* const*,
                                            const float*, float);

template <std::size_t... kParts>
constexpr std::array<ScoreScaledWordsFunction, sizeof...(kParts)> ScoreScaledWordsByParts(
    std::index_sequence<kParts...>) {
  return {&ScoreScaledWords<kParts + 1>...};
}

// Scales of 1, for a bead without the diagonal prior: a product by 1 is exact.
constexpr std::array<float, kMaxShapeSide* DiagonalPrior::kBlocks> kUnitScales = [] {
  std::array<float, kMaxShapeSide * DiagonalPrior::kBlocks> ones{};
  for (float& one : ones) one = 1.0f;
  return ones;
}();

// ScoreScaledWords of 1 to kMaxShapeSide parts; `scales` nullptr for all ones.
double ScoreWords(const std::vector<std::uint32_t>& words, const std::vector<float>& null_ratio,
                  const float* const* ratios, std::size_t parts, const float* scales, float norm) {
  static constexpr auto kByParts =
      ScoreScaledWordsByParts(std::make_index_sequence<kMaxShapeSide>());
  return kByParts[parts - 1](words, null_ratio, ratios,
                             scales != nullptr ? scales : kUnitScales.data(), norm);
}

}  // namespace

LexicalCost::LexicalCost(const BitextFeatures& features, const TranslationTable& forward,
                         const TranslationTable& backward, double weight, double diagonal,
                         const HeldOutShares* shares)
    : features_(features),
      weight_(weight),
      diagonal_(diagonal),
      tgt_inverse_background_(InverseUnigrams(features.tgt, features.tgt_vocabulary)),
      src_inverse_background_(InverseUnigrams(features.src, features.src_vocabulary)),
      tgt_learned_scale_(Scaled(tgt_inverse_background_, shares ? &shares->tgt : nullptr)),
      src_learned_scale_(Scaled(src_inverse_background_, shares ? &shares->src : nullptr)),
      forward_(features.src_vocabulary),
      source_of_(features.src_vocabulary),
      spread_(features.tgt_vocabulary, 0.0f),
      head_(features.tgt_vocabulary, -1),
      wanted_(features.tgt_vocabulary, 0),
      window_scales_((kMaxShapeSide + 1) * (DiagonalPrior::kBlocks + 1) * kWindowSlots) {
  tgt_null_ = NullRatios(forward, tgt_inverse_background_, shares ? &shares->tgt : nullptr);
  src_null_ = NullRatios(backward, src_inverse_background_, shares ? &shares->src : nullptr);
  for (std::uint32_t e = 0; e < features.src_vocabulary; ++e) forward_[e] = forward.Translations(e);
  for (std::uint32_t f = 0; f < features.tgt_vocabulary; ++f) {
    for (const auto& [e, p] : backward.Translations(f)) source_of_[e].push_back({f, p});
  }
}

double LexicalCost::Cost(const BeadView& b) const {
  if (b.src_count == 0 || b.tgt_count == 0) return 0.0;
  RowCache* rows[kMaxShapeSide];
  for (std::size_t a = 0; a < b.src_count; ++a) {
    rows[a] = &Row(b.src_begin + a, b.tgt_begin, b.tgt_begin + b.tgt_count);
  }
  return Score(rows, b);
}

void LexicalCost::AddCosts(const BeadView& first, std::size_t count, double* out) const {
  if (first.src_count == 0 || first.tgt_count == 0 || count == 0) return;
  // Distinct slots of rows_: a bead spans at most kMaxShapeSide source segments.
  RowCache* rows[kMaxShapeSide];
  for (std::size_t a = 0; a < first.src_count; ++a) {
    rows[a] =
        &Row(first.src_begin + a, first.tgt_begin, first.tgt_begin + count - 1 + first.tgt_count);
  }
  BeadView bead = first;
  for (std::size_t x = 0; x < count; ++x, ++bead.tgt_begin) out[x] += Score(rows, bead);
}

double LexicalCost::Score(RowCache* const* rows, const BeadView& b) const {
  return -weight_ * (Forward(rows, b) + Backward(rows, b)) / 2.0;
}

void LexicalCost::BeginRow(std::size_t i, std::size_t tgt_begin, std::size_t tgt_end) const {
  tgt_end = std::min(tgt_end, features_.tgt.size());
  if (i == 0 || i > features_.src.size() || tgt_begin >= tgt_end) return;
  Row(i - 1, tgt_begin, tgt_end);
}

LexicalCost::RowCache& LexicalCost::Row(std::size_t k, std::size_t tgt_begin,
                                        std::size_t tgt_end) const {
  RowCache& row = rows_[k % (kMaxShapeSide + 1)];
  if (row.row != k || tgt_begin < row.begin || tgt_end > row.end) {
    FillRow(k, tgt_begin, tgt_end, &row);
  }
  return row;
}

// Σ over the bead's target words of their score given all its source segments: Model 1's
// mass is a sum over source words, so the cached per-segment masses add up exactly.
double LexicalCost::Forward(RowCache* const* rows, const BeadView& b) const {
  const std::size_t end = b.tgt_begin + b.tgt_count;
  double sum = 0.0;
  if (b.src_count == 1) {
    const RowCache& row = *rows[0];
    for (std::size_t l = b.tgt_begin; l < end; ++l) sum += row.fwd_sum[l - row.begin];
    return sum;
  }
  RowCache& last = *rows[b.src_count - 1];
  std::vector<double>& memo = last.fwd_memo[b.src_count];
  for (std::size_t l = b.tgt_begin; l < end; ++l) {
    double& score = memo[l - last.begin];
    if (std::isnan(score)) score = ForwardOne(rows, b, l);
    sum += score;
  }
  return sum;
}

// Target segment l's words given all the bead's source segments.
double LexicalCost::ForwardOne(RowCache* const* rows, const BeadView& b, std::size_t l) const {
  // Each source segment's ratios of l's words, and where it ends among the source words.
  const float* ratios[kMaxShapeSide];
  std::size_t ends[kMaxShapeSide];
  std::size_t src_words = 0;
  for (std::size_t a = 0; a < b.src_count; ++a) {
    const RowCache& row = *rows[a];
    ratios[a] = row.ratios.data() + row.offset[l - row.begin];
    src_words += features_.src[b.src_begin + a].words.size();
    ends[a] = src_words;
  }
  const std::vector<std::uint32_t>& words = features_.tgt[l].words;
  // The scales depend on the source segments and the target's blocks alone: once per row.
  CachedScales& cached =
      rows[b.src_count - 1]->fwd_scales[b.src_count][DiagonalPrior::Blocks(words.size())];
  CacheScales(words.size(), ends, b.src_count, &cached);
  return ScoreWords(words, tgt_null_, ratios, b.src_count, cached.scales(),
                    1.0f / static_cast<float>(src_words + 1));
}

// The same for the bead's source words given all its target segments.
double LexicalCost::Backward(RowCache* const* rows, const BeadView& b) const {
  double sum = 0.0;
  for (std::size_t k = b.src_begin; k < b.src_begin + b.src_count; ++k) {
    RowCache& row = *rows[k - b.src_begin];
    if (b.tgt_count == 1) {
      sum += row.bwd_sum[b.tgt_begin - row.begin];
      continue;
    }
    double& score = row.bwd_memo[b.tgt_count][b.tgt_begin - row.begin];
    if (std::isnan(score)) score = BackwardOne(k, row, b);
    sum += score;
  }
  return sum;
}

// Source segment k's words given all the bead's target segments.
double LexicalCost::BackwardOne(std::size_t k, const RowCache& row, const BeadView& b) const {
  const std::size_t end = b.tgt_begin + b.tgt_count;
  const float* ratios[kMaxShapeSide];  // as in ForwardOne, by target segment
  std::size_t ends[kMaxShapeSide];
  std::size_t tgt_words = 0;
  for (std::size_t l = b.tgt_begin; l < end; ++l) {
    ratios[l - b.tgt_begin] =
        row.ratios.data() + row.offset[l - row.begin] + features_.tgt[l].words.size();
    tgt_words += features_.tgt[l].words.size();
    ends[l - b.tgt_begin] = tgt_words;
  }
  const std::vector<std::uint32_t>& words = features_.src[k].words;
  const std::size_t blocks = DiagonalPrior::Blocks(words.size());
  WindowScales& window =
      window_scales_[((b.tgt_count * (DiagonalPrior::kBlocks + 1) + blocks) * kWindowSlots) +
                     b.tgt_begin % kWindowSlots];
  if (window.l != b.tgt_begin) {
    window.l = b.tgt_begin;
    window.scales.computed = false;
  }
  CacheScales(words.size(), ends, b.tgt_count, &window.scales);
  return ScoreWords(words, src_null_, ratios, b.tgt_count, window.scales.scales(),
                    1.0f / static_cast<float>(tgt_words + 1));
}

void LexicalCost::CacheScales(std::size_t n, const std::size_t* ends, std::size_t parts,
                              CachedScales* cached) const {
  if (cached->computed) return;
  const float* scales = Scales(n, ends, parts);
  cached->computed = true;
  cached->none = scales == nullptr;
  if (scales != nullptr) std::copy(scales, scales + parts * DiagonalPrior::kBlocks, cached->values);
}

// The diagonal prior's scales (diagonal_prior.h) of the other side's `parts` segments,
// ending at ends[a] of its words, for the blocks of a segment's n words; nullptr, all
// ones, without the prior. The segment's words are placed along the segment itself, not
// along their whole side of the bead: its score stays one per segment, shared by the
// beads around it (the memos), and an m-n bead, whose segments each face all of the
// other side, costs more than its 1-1s would.
const float* LexicalCost::Scales(std::size_t n, const std::size_t* ends, std::size_t parts) const {
  if (diagonal_.tension() == 0.0 || ends[parts - 1] == 0) return nullptr;
  float share[kMaxShapeSide] = {};
  for (std::size_t a = 0; a < parts; ++a) {
    share[a] = static_cast<float>(ends[a]) / static_cast<float>(ends[parts - 1]);
  }
  diagonal_.Scales(n, share, parts, scales_);
  return scales_;
}

void LexicalCost::FillRow(std::size_t k, std::size_t tgt_begin, std::size_t tgt_end,
                          RowCache* row) const {
  const std::vector<std::uint32_t>& src = features_.src[k].words;
  SpreadSource(k, tgt_begin, tgt_end);
  row->row = k;
  row->begin = tgt_begin;
  row->end = tgt_end;
  // Sized once and written in place: a row holds thousands of ratios.
  const std::size_t cells = tgt_end - tgt_begin;
  row->offset.resize(cells);
  row->fwd_sum.resize(cells);
  row->bwd_sum.resize(cells);
  std::size_t size = 0;
  for (std::size_t l = tgt_begin; l < tgt_end; ++l) {
    row->offset[l - tgt_begin] = size;
    size += features_.tgt[l].words.size() + src.size();
  }
  row->ratios.resize(size);
  const float src_norm = 1.0f / static_cast<float>(src.size() + 1);
  for (std::size_t l = tgt_begin; l < tgt_end; ++l) {
    const std::vector<std::uint32_t>& tgt = features_.tgt[l].words;
    float* ratios = row->ratios.data() + row->offset[l - tgt_begin];
    ScoreSum fwd, bwd;
    accumulator_.assign(src.size(), 0.0f);
    for (std::uint32_t f : tgt) {
      float ratio = spread_[f] * tgt_learned_scale_[f];
      *ratios++ = ratio;
      fwd.Add((tgt_null_[f] + ratio) * src_norm);
      for (std::int32_t at = head_[f]; at >= 0; at = links_[at].next) {
        accumulator_[links_[at].position] += links_[at].p;
      }
    }
    const float tgt_norm = 1.0f / static_cast<float>(tgt.size() + 1);
    for (std::size_t p = 0; p < src.size(); ++p) {
      std::uint32_t e = src[p];
      float ratio = accumulator_[p] * src_learned_scale_[e];
      *ratios++ = ratio;
      bwd.Add((src_null_[e] + ratio) * tgt_norm);
    }
    row->fwd_sum[l - tgt_begin] = fwd.Total();
    row->bwd_sum[l - tgt_begin] = bwd.Total();
  }
  for (std::size_t count = 2; count <= kMaxShapeSide; ++count) {
    row->fwd_memo[count].assign(cells, std::numeric_limits<double>::quiet_NaN());
    row->bwd_memo[count].assign(cells, std::numeric_limits<double>::quiet_NaN());
    for (CachedScales& scales : row->fwd_scales[count]) scales.computed = false;
  }
  ClearSpread(tgt_begin, tgt_end);
}

// spread_[f] = Σ_e t(f|e) over the segment's words; head_[f] chains (position, t(e|f)).
// Only for the words f of target segments [tgt_begin, tgt_end), the only ones FillRow
// reads: a frequent source word has thousands of f with t(e|f) ≥ kMinProbability.
void LexicalCost::SpreadSource(std::size_t k, std::size_t tgt_begin, std::size_t tgt_end) const {
  for (std::size_t l = tgt_begin; l < tgt_end; ++l) {
    for (std::uint32_t f : features_.tgt[l].words) wanted_[f] = 1;
  }
  const std::vector<std::uint32_t>& src = features_.src[k].words;
  for (std::size_t position = 0; position < src.size(); ++position) {
    for (const auto& [f, p] : forward_[src[position]]) {
      if (wanted_[f]) spread_[f] += p;
    }
    for (const auto& [f, p] : source_of_[src[position]]) {
      if (!wanted_[f]) continue;
      links_.push_back({static_cast<std::uint32_t>(position), p, head_[f]});
      head_[f] = static_cast<std::int32_t>(links_.size() - 1);
    }
  }
}

void LexicalCost::ClearSpread(std::size_t tgt_begin, std::size_t tgt_end) const {
  for (std::size_t l = tgt_begin; l < tgt_end; ++l) {
    for (std::uint32_t f : features_.tgt[l].words) {
      spread_[f] = 0.0f;
      head_[f] = -1;
      wanted_[f] = 0;
    }
  }
  links_.clear();
}

}  // namespace talign

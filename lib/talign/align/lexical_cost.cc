#include "talign/align/lexical_cost.h"

#include <cmath>

namespace talign {
namespace {

// Mixing with the background bounds a word's penalty at log(kFloor): one unexplained word
// cannot outweigh a sentence of evidence.
constexpr double kFloor = 0.1;

std::vector<double> Unigrams(const std::vector<SegmentFeatures>& side, std::size_t vocabulary) {
  std::vector<double> p(vocabulary, 0.0);
  double total = 0;
  for (const SegmentFeatures& s : side) {
    for (std::uint32_t w : s.words) p[w] += 1, total += 1;
  }
  for (double& x : p) x /= total;
  return p;
}

}  // namespace

LexicalCost::LexicalCost(const BitextFeatures& features, const TranslationTable& forward,
                         const TranslationTable& backward, double weight)
    : features_(features), forward_(forward), backward_(backward), weight_(weight),
      src_background_(Unigrams(features.src, features.src_vocabulary)),
      tgt_background_(Unigrams(features.tgt, features.tgt_vocabulary)) {}

double LexicalCost::Cost(const BeadView& b) const {
  if (b.src_count == 0 || b.tgt_count == 0) return 0.0;
  double fwd = Direction(features_.src, b.src_begin, b.src_count, features_.tgt, b.tgt_begin,
                         b.tgt_count, forward_, tgt_background_);
  double bwd = Direction(features_.tgt, b.tgt_begin, b.tgt_count, features_.src, b.src_begin,
                         b.src_count, backward_, src_background_);
  return -weight_ * (fwd + bwd) / 2.0;
}

// Σ over the `to` words of log(0.9·P(word | from side) / P_background(word) + 0.1), with
// P(word | from) = (Σ_e t(word | e) + t(word | NULL)) / (|from| + 1) as in Model 1.
double LexicalCost::Direction(const std::vector<SegmentFeatures>& from, std::size_t from_begin,
                              std::size_t from_count, const std::vector<SegmentFeatures>& to,
                              std::size_t to_begin, std::size_t to_count,
                              const TranslationTable& table,
                              const std::vector<double>& background) const {
  thread_local std::vector<double> mass;
  thread_local std::vector<std::uint32_t> touched;
  mass.resize(background.size(), 0.0);
  std::size_t from_words = 0;
  auto spread = [&](std::uint32_t e) {
    for (const auto& [f, p] : table.Translations(e)) {
      if (mass[f] == 0.0) touched.push_back(f);
      mass[f] += p;
    }
  };
  spread(table.null_word());
  for (std::size_t k = from_begin; k < from_begin + from_count; ++k) {
    for (std::uint32_t e : from[k].words) spread(e), ++from_words;
  }
  double sum = 0.0, norm = static_cast<double>(from_words + 1);
  for (std::size_t k = to_begin; k < to_begin + to_count; ++k) {
    for (std::uint32_t f : to[k].words) {
      sum += std::log((1.0 - kFloor) * mass[f] / norm / background[f] + kFloor);
    }
  }
  for (std::uint32_t f : touched) mass[f] = 0.0;
  touched.clear();
  return sum;
}

}  // namespace talign

#include "talign/qa/bead_length.h"

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>

#include "talign/align/segment_features.h"
#include "talign/qa/translation_evidence.h"
#include "talign/text/tokenizer.h"

namespace talign {
namespace {

// The document ratio is the median over its two-sided beads once there are this many;
// before, 1.15 (French runs about 15% longer than English in news).
constexpr std::size_t kMinBeadsForRatio = 8;
constexpr double kDefaultRatio = 1.15;

// A side is "much longer" past kMergedRatio times the other, and "as long" within
// kMergedFit. On the 12 clean doc-test documents (talign's own alignment) the beads with
// several segments on a side reach 1.42 (1.36 where the gold really has an added sentence);
// a sentence whose translation was deleted makes 1.67 to 2.58, and 1.03 to 1.30 without it
// (the document ratio is a median: one bead may run 20% off it).
constexpr double kMergedRatio = 1.6;
constexpr double kMergedFit = 1.5;

// UntranslatedMates: a segment of at least kMinContentWords content words of which at most
// kUntranslatedShare have a translation on the other side, whose bead-mates have at least
// kTranslatedShare. FreeDict knows too few words for a low share to mean much: real
// bead-mates of the clean doc-test (talign's alignment) go down to 0.07 and, shorter than
// 8 content words, to 0; on Text+Berg de-fr one of 11 words ("le travail d'érosion a
// progressé … synchroniquement avec la tectonique") has none, but starts lowercase. A
// sentence from another article has none (doc-test 11: 0 of 10, its bead-mates 0.25 and 0.5).
constexpr std::size_t kMinContentWords = 8;
constexpr double kUntranslatedShare = 0.0;
constexpr double kTranslatedShare = 0.2;

double Ratio(double a, double b) { return std::max(a, b) / std::max(1.0, std::min(a, b)); }

}  // namespace

std::size_t Characters(const std::vector<Segment>& segments,
                       const std::vector<std::size_t>& which) {
  std::size_t n = 0;
  for (std::size_t i : which) {
    for (char c : segments[i].text) n += c != ' ' && (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }
  return n;
}

double DocumentRatio(const CheckContext& context) {
  std::vector<double> ratios;
  for (const Bead& bead : context.alignment.beads) {
    std::size_t src = Characters(context.src, bead.src), tgt = Characters(context.tgt, bead.tgt);
    if (src > 0 && tgt > 0) ratios.push_back(static_cast<double>(src) / static_cast<double>(tgt));
  }
  if (ratios.size() < kMinBeadsForRatio) return kDefaultRatio;
  std::nth_element(ratios.begin(), ratios.begin() + ratios.size() / 2, ratios.end());
  return ratios[ratios.size() / 2];
}

std::vector<std::size_t> MergedOrphans(const CheckContext& context, const Bead& bead, double ratio,
                                       bool source) {
  const std::vector<std::size_t>& which = source ? bead.src : bead.tgt;
  const std::vector<std::size_t>& others = source ? bead.tgt : bead.src;
  if (which.size() < 2 || others.empty()) return {};
  const std::vector<Segment>& side = source ? context.src : context.tgt;
  // Target lengths count in source characters.
  double scale = source ? 1.0 : ratio;
  double other = static_cast<double>(Characters(source ? context.tgt : context.src, others)) *
                 (source ? ratio : 1.0);
  double total = static_cast<double>(Characters(side, which)) * scale;
  if (total <= kMergedRatio * other) return {};
  // Of the edge runs (a prefix or a suffix of the side) that leave the two as long, the one
  // the other side translates least (translation_evidence.h), then the better fit.
  BeadTranslation other_side(context, bead, source);
  std::vector<Translated> counts;
  for (std::size_t i : which) counts.push_back(other_side.Count(side[i]));
  std::vector<std::size_t> best;
  std::pair<double, double> best_score{0.0, -kMergedFit};
  for (std::size_t k = 1; k < which.size(); ++k) {
    for (bool prefix : {true, false}) {
      const std::size_t first = prefix ? 0 : which.size() - k;
      std::vector<std::size_t> run(which.begin() + static_cast<std::ptrdiff_t>(first),
                                   which.begin() + static_cast<std::ptrdiff_t>(first + k));
      double rest = total - static_cast<double>(Characters(side, run)) * scale;
      if (Ratio(rest, other) > kMergedFit) continue;
      Translated sum;
      for (std::size_t j = first; j < first + k; ++j) sum += counts[j];
      double untranslated = 1.0 - static_cast<double>(sum.translated) /
                                      static_cast<double>(std::max<std::size_t>(sum.words, 1));
      std::pair<double, double> score{untranslated, -Ratio(rest, other)};
      if (best.empty() || score > best_score) {
        best = std::move(run);
        best_score = score;
      }
    }
  }
  return best;
}

std::vector<std::size_t> UntranslatedMates(const CheckContext& context, const Bead& bead,
                                           bool source) {
  const std::vector<std::size_t>& which = source ? bead.src : bead.tgt;
  if (context.dictionary == nullptr || which.size() < 2 || (source ? bead.tgt : bead.src).empty())
    return {};
  BeadTranslation other(context, bead, source);
  const std::vector<Segment>& side = source ? context.src : context.tgt;
  std::vector<std::optional<double>> shares;
  for (std::size_t i : which) shares.push_back(other.Share(side[i], kMinContentWords));
  std::vector<std::size_t> untranslated;
  bool mates_translated = true;
  for (std::size_t k = 0; k < which.size(); ++k) {
    // A segment that starts lowercase is the rest of its predecessor's sentence.
    if (shares[k] && *shares[k] <= kUntranslatedShare &&
        !StartsLowercase(Tokenize(side[which[k]].text))) {
      untranslated.push_back(which[k]);
    } else {
      mates_translated = mates_translated && shares[k] && *shares[k] >= kTranslatedShare;
    }
  }
  if (!mates_translated || untranslated.size() == which.size()) return {};
  return untranslated;
}

}  // namespace talign

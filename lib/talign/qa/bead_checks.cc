#include "talign/qa/bead_checks.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>

#include "talign/qa/bead_length.h"
#include "talign/qa/language_profile.h"
#include "talign/qa/translation_evidence.h"
#include "talign/text/page_furniture.h"
#include "talign/text/tokenizer.h"

namespace talign {
namespace {

// length-ratio: a bead is reported when its longer side, in characters without spaces and
// with the document's ratio factored out, is more than kMaxRatio times the shorter and at
// least kMinLength long. On newstest2013's 3000 professional fr-en pairs the largest such
// ratio is 2.65 (165 vs 54 characters), and short lines ("Pourquoi?" / "Why?") vary most.
constexpr double kMaxRatio = 3.0;
constexpr std::size_t kMinLength = 60;

std::string Quoted(const std::string& text) {
  constexpr std::size_t kMax = 60;
  if (text.size() <= kMax) return "«" + text + "»";
  std::size_t cut = kMax;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return "«" + text.substr(0, cut) + "…»";
}

// The first of the segments `which`, quoted, and how many follow it.
std::string Excerpt(const std::vector<Segment>& segments, const std::vector<std::size_t>& which) {
  std::string excerpt = Quoted(segments[which[0]].text);
  if (which.size() == 2) excerpt += " and 1 more sentence";
  if (which.size() > 2) excerpt += " and " + std::to_string(which.size() - 1) + " more sentences";
  return excerpt;
}

// A one-sided bead is reported when its side holds at least this many words and is not all
// page furniture. Shorter lines ("Bien plus.", "Pourquoi ?") are connectives and tags that
// translators fold into a neighbouring sentence and the aligner then leaves on their own;
// their content is in the next bead, where a reviewer reads it. Every sentence the
// doc-test translators really left out or added has 9 words or more.
constexpr std::size_t kMinWords = 4;

bool WorthReporting(const std::vector<Segment>& segments, const std::vector<std::size_t>& which) {
  std::size_t words = 0;
  bool furniture = true;
  for (std::size_t i : which) {
    for (const Token& t : Tokenize(segments[i].text)) words += t.kind != TokenKind::kPunct;
    furniture = furniture && IsPageFurniture(segments[i].text);
  }
  return words >= kMinWords && !furniture;
}

// Whether the bead's other side translates the segments `run` of one side too rarely to be
// their translation, for this document (`share`: TranslatedShare, measured once, on demand).
// A free translation condenses and rephrases: its n-1 beads are short on one side by design.
// Without a dictionary only words written alike count, too few to tell: lengths decide.
bool Untranslated(const CheckContext& context, const Bead& bead, bool source,
                  const std::vector<std::size_t>& run, std::optional<double>& share) {
  if (context.dictionary == nullptr) return true;
  if (!share) share = TranslatedShare(context, source);
  BeadTranslation other(context, bead, source);
  Translated count;
  for (std::size_t i : run) count += other.Count((source ? context.src : context.tgt)[i]);
  return UnlikelyTranslated(count, *share);
}

// The segments of one side of `bead` without a counterpart: all of a one-sided bead's, or
// those folded into a two-sided one, by length or else by translation evidence, that the
// bead's other side does not translate.
std::vector<std::size_t> Orphans(const CheckContext& context, const Bead& bead, double ratio,
                                 bool source, std::optional<double>& share) {
  if ((source ? bead.tgt : bead.src).empty()) return source ? bead.src : bead.tgt;
  for (const auto& folded :
       {MergedOrphans(context, bead, ratio, source), UntranslatedMates(context, bead, source)}) {
    if (!folded.empty() && Untranslated(context, bead, source, folded, share)) return folded;
  }
  return {};
}

// Whole sentences, for reports to highlight.
void AddSpans(const std::vector<Segment>& segments, const std::vector<std::size_t>& which,
              bool source, Finding& finding) {
  for (std::size_t i : which) finding.spans.push_back({source, i, {0, segments[i].text.size()}});
}

class OmissionCheck : public Check {
 public:
  std::string_view name() const override { return "omission"; }
  void Run(const CheckContext& context, std::vector<Finding>& findings) const override {
    const double ratio = DocumentRatio(context);
    std::optional<double> share;
    for (std::size_t b = 0; b < context.alignment.beads.size(); ++b) {
      const Bead& bead = context.alignment.beads[b];
      std::vector<std::size_t> left_out = Orphans(context, bead, ratio, true, share);
      if (left_out.empty() || !WorthReporting(context.src, left_out)) continue;
      Finding finding = BeadFinding(name(), Severity::kWarning, b, bead);
      finding.source_segments = left_out;
      finding.found = context.src[left_out[0]].text;
      AddSpans(context.src, left_out, true, finding);
      finding.message = "source not translated: " + Excerpt(context.src, left_out);
      findings.push_back(std::move(finding));
    }
  }
};

// A bead with a target sentence still in the source language is the untranslated check's:
// "addition" would report it twice, or blame its neighbour.
bool InSourceLanguage(const CheckContext& context, const std::vector<std::size_t>& which) {
  return std::any_of(which.begin(), which.end(), [&](std::size_t t) {
    return LooksLike(context.tgt[t].text, *context.source_language, *context.target_language);
  });
}

class AdditionCheck : public Check {
 public:
  std::string_view name() const override { return "addition"; }
  void Run(const CheckContext& context, std::vector<Finding>& findings) const override {
    const double ratio = DocumentRatio(context);
    std::optional<double> share;
    for (std::size_t b = 0; b < context.alignment.beads.size(); ++b) {
      const Bead& bead = context.alignment.beads[b];
      std::vector<std::size_t> added = Orphans(context, bead, ratio, false, share);
      if (added.empty() || !WorthReporting(context.tgt, added)) continue;
      const std::string& text = context.tgt[added[0]].text;
      if (InSourceLanguage(context, bead.tgt)) continue;
      Finding finding = BeadFinding(name(), Severity::kWarning, b, bead);
      finding.target_segments = added;
      finding.found = text;
      AddSpans(context.tgt, added, false, finding);
      finding.message = "target has no source: " + Excerpt(context.tgt, added);
      findings.push_back(std::move(finding));
    }
  }
};

class LengthRatioCheck : public Check {
 public:
  std::string_view name() const override { return "length-ratio"; }
  void Run(const CheckContext& context, std::vector<Finding>& findings) const override {
    double ratio = DocumentRatio(context);
    for (std::size_t b = 0; b < context.alignment.beads.size(); ++b) {
      const Bead& bead = context.alignment.beads[b];
      if (bead.src.empty() || bead.tgt.empty()) continue;
      double src = static_cast<double>(Characters(context.src, bead.src));
      double tgt = static_cast<double>(Characters(context.tgt, bead.tgt)) * ratio;
      double longer = std::max(src, tgt), shorter = std::max(1.0, std::min(src, tgt));
      if (longer < kMinLength || longer / shorter <= kMaxRatio) continue;
      Finding finding = BeadFinding(name(), Severity::kWarning, b, bead);
      char buffer[96];
      std::snprintf(buffer, sizeof buffer,
                    "sides too unequal to translate each other: %zu vs %zu characters",
                    Characters(context.src, bead.src), Characters(context.tgt, bead.tgt));
      finding.message = buffer;
      findings.push_back(std::move(finding));
    }
  }
};

}  // namespace

std::unique_ptr<Check> MakeOmissionCheck() { return std::make_unique<OmissionCheck>(); }
std::unique_ptr<Check> MakeAdditionCheck() { return std::make_unique<AdditionCheck>(); }
std::unique_ptr<Check> MakeLengthRatioCheck() { return std::make_unique<LengthRatioCheck>(); }

}  // namespace talign

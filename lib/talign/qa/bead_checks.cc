#include "talign/qa/bead_checks.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "talign/qa/language_profile.h"
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
// The document ratio is the median over its two-sided beads once there are this many;
// before, 1.15 (French runs about 15% longer than English in news).
constexpr std::size_t kMinBeadsForRatio = 8;
constexpr double kDefaultRatio = 1.15;

std::string Quoted(const std::string& text) {
  constexpr std::size_t kMax = 60;
  if (text.size() <= kMax) return "«" + text + "»";
  std::size_t cut = kMax;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return "«" + text.substr(0, cut) + "…»";
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

class OmissionCheck : public Check {
 public:
  std::string_view name() const override { return "omission"; }
  void Run(const CheckContext& context, std::vector<Finding>& findings) const override {
    for (std::size_t b = 0; b < context.alignment.beads.size(); ++b) {
      const Bead& bead = context.alignment.beads[b];
      if (!bead.tgt.empty() || bead.src.empty() || !WorthReporting(context.src, bead.src)) continue;
      Finding finding = BeadFinding(name(), Severity::kWarning, b, bead);
      finding.found = context.src[bead.src[0]].text;
      finding.message = "source not translated: " + Quoted(finding.found);
      findings.push_back(std::move(finding));
    }
  }
};

class AdditionCheck : public Check {
 public:
  std::string_view name() const override { return "addition"; }
  void Run(const CheckContext& context, std::vector<Finding>& findings) const override {
    for (std::size_t b = 0; b < context.alignment.beads.size(); ++b) {
      const Bead& bead = context.alignment.beads[b];
      if (!bead.src.empty() || bead.tgt.empty() || !WorthReporting(context.tgt, bead.tgt)) continue;
      const std::string& text = context.tgt[bead.tgt[0]].text;
      if (bead.tgt.size() == 1 &&
          LooksLike(text, *context.source_language, *context.target_language))
        continue;
      Finding finding = BeadFinding(name(), Severity::kWarning, b, bead);
      finding.found = text;
      finding.message = "target has no source: " + Quoted(text);
      findings.push_back(std::move(finding));
    }
  }
};

std::size_t Characters(const std::vector<Segment>& segments,
                       const std::vector<std::size_t>& which) {
  std::size_t n = 0;
  for (std::size_t i : which) {
    for (char c : segments[i].text) n += c != ' ' && (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }
  return n;
}

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

 private:
  static double DocumentRatio(const CheckContext& context) {
    std::vector<double> ratios;
    for (const Bead& bead : context.alignment.beads) {
      std::size_t src = Characters(context.src, bead.src), tgt = Characters(context.tgt, bead.tgt);
      if (src > 0 && tgt > 0) ratios.push_back(static_cast<double>(src) / static_cast<double>(tgt));
    }
    if (ratios.size() < kMinBeadsForRatio) return kDefaultRatio;
    std::nth_element(ratios.begin(), ratios.begin() + ratios.size() / 2, ratios.end());
    return ratios[ratios.size() / 2];
  }
};

}  // namespace

std::unique_ptr<Check> MakeOmissionCheck() { return std::make_unique<OmissionCheck>(); }
std::unique_ptr<Check> MakeAdditionCheck() { return std::make_unique<AdditionCheck>(); }
std::unique_ptr<Check> MakeLengthRatioCheck() { return std::make_unique<LengthRatioCheck>(); }

}  // namespace talign

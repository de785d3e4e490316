// number-mismatch. In each two-sided bead, the numbers of the source side and of the target
// side are matched by value, as multisets; weak mentions ("un", "first", "COVID-19") only
// confirm. A value left over on one side is reported unless the other side has it too: a
// translator may drop a repetition ("en 2012 … en 2012" → "in 2012 … that year"). When the
// numbers left over on both sides are quantities of one dimension in different units
// ("922 kg" / "2,032 pounds", "10 €" / "£9"), the translator converted: a warning. A
// number word misspelt on the other side ("quattre") confirms a leftover (number_typos.h).
#include "talign/qa/number_check.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "talign/qa/number_parser.h"
#include "talign/qa/number_typos.h"
#include "talign/qa/segment_memo.h"

namespace talign {
namespace {

struct Side {
  std::vector<NumberMention> mentions;
  std::vector<std::size_t> segments;  // the segment of each mention
  std::vector<bool> matched;
};

Side Read(const std::vector<Segment>& segments, const std::vector<std::size_t>& indices,
          const NumberLanguage& language, const SegmentMemo& memo, bool source) {
  Side side;
  for (std::size_t i : indices) {
    const std::vector<Token>& tokens = source ? memo.SourceTokens(i) : memo.TargetTokens(i);
    for (NumberMention& m : FindNumbers(segments[i].text, tokens, language)) {
      side.mentions.push_back(std::move(m));
      side.segments.push_back(i);
    }
  }
  side.matched.assign(side.mentions.size(), false);
  return side;
}

// The different units of one dimension that `a` and `b` count in ("kg" / "pounds", "€" /
// "£"), or nulls ("$" / "dólares" are one unit).
std::pair<const NumberUnit*, const NumberUnit*> OtherUnits(const NumberMention& a,
                                                           const NumberMention& b) {
  if (a.units == nullptr || b.units == nullptr) return {nullptr, nullptr};
  for (const NumberUnit& x : *a.units) {
    for (const NumberUnit& y : *b.units) {
      if (x.id == y.id) return {nullptr, nullptr};
    }
  }
  for (const NumberUnit& x : *a.units) {
    for (const NumberUnit& y : *b.units) {
      if (x.dimension == y.dimension) return {&x, &y};
    }
  }
  return {nullptr, nullptr};
}

bool SameValue(const NumberMention& a, const NumberMention& b, bool alternatives) {
  auto [x, y] = OtherUnits(a, b);
  // Other units of a measure compare as quantities: "trente ans" = "three decades", but
  // "922 kg" is not "922 g".
  if (x != nullptr && x->dimension != "currency") {
    return NumberValueKey(a.value * x->size) == NumberValueKey(b.value * y->size);
  }
  if (NumberValueKey(a.value) == NumberValueKey(b.value)) return true;
  if (!alternatives) return false;
  auto equal = [](std::optional<double> x, std::optional<double> y) {
    return x && y && NumberValueKey(*x) == NumberValueKey(*y);
  };
  return equal(a.alternative, b.value) || equal(a.value, b.alternative) ||
         equal(a.alternative, b.alternative);
}

// Pairs unmatched mentions of equal value, first on the languages' own readings, then on
// the alternative readings of ambiguous shapes ("5,000" in a French text).
void Match(Side& src, Side& tgt, bool alternatives) {
  for (std::size_t i = 0; i < src.mentions.size(); ++i) {
    for (std::size_t j = 0; j < tgt.mentions.size() && !src.matched[i]; ++j) {
      if (tgt.matched[j] || !SameValue(src.mentions[i], tgt.mentions[j], alternatives)) continue;
      src.matched[i] = tgt.matched[j] = true;
    }
  }
}

std::vector<const NumberMention*> Leftovers(const Side& side, const Side& other) {
  std::vector<const NumberMention*> left;
  for (std::size_t i = 0; i < side.mentions.size(); ++i) {
    if (side.matched[i] || side.mentions[i].weak) continue;
    bool elsewhere = false;
    for (const NumberMention& m : other.mentions) elsewhere |= SameValue(side.mentions[i], m, true);
    if (!elsewhere) left.push_back(&side.mentions[i]);
  }
  return left;
}

// Drops the leftovers that a misspelt number word of the other side's segments confirms
// ("quattre jours" / "four days").
void DropMisspelt(const CheckContext& context, const std::vector<std::size_t>& other,
                  bool other_is_source, const NumberLanguage& language, const SegmentMemo& memo,
                  std::vector<const NumberMention*>& left) {
  if (left.empty()) return;  // the usual case: no dictionary look-ups
  const LanguageResources& resources =
      other_is_source ? *context.source_language : *context.target_language;
  std::vector<std::string> misspelt;
  for (std::size_t i : other) {
    const std::vector<Token>& tokens =
        other_is_source ? memo.SourceTokens(i) : memo.TargetTokens(i);
    for (double v : MisspeltNumbers(tokens, language, resources.hunspell())) {
      misspelt.push_back(NumberValueKey(v));
    }
  }
  left.erase(std::remove_if(left.begin(), left.end(),
                            [&](const NumberMention* m) {
                              return std::find(misspelt.begin(), misspelt.end(),
                                               NumberValueKey(m->value)) != misspelt.end();
                            }),
             left.end());
}

// Two quantities in other units of a dimension agree when they are within this share of
// each other ("922 kg" = "2,032 pounds": 0.3%); currencies always may (rates are unknown).
constexpr double kConversionTolerance = 0.05;

bool Converts(const NumberMention& a, const NumberMention& b) {
  auto [x, y] = OtherUnits(a, b);
  if (x == nullptr) return false;
  if (x->dimension == "currency") return true;
  double p = a.value * x->size, q = b.value * y->size;
  return std::abs(p - q) <= kConversionTolerance * std::max(std::abs(p), std::abs(q));
}

// Every leftover on each side is a conversion of one on the other side.
bool Converted(const std::vector<const NumberMention*>& src,
               const std::vector<const NumberMention*>& tgt) {
  if (src.empty() || tgt.empty()) return false;
  for (const NumberMention* m : src) {
    if (std::none_of(tgt.begin(), tgt.end(),
                     [&](const NumberMention* o) { return Converts(*m, *o); })) {
      return false;
    }
  }
  for (const NumberMention* m : tgt) {
    if (std::none_of(src.begin(), src.end(),
                     [&](const NumberMention* o) { return Converts(*o, *m); })) {
      return false;
    }
  }
  return true;
}

// The leftovers' bytes with their units ("$9m", "922 kg"), for reports to highlight.
void AddSpans(const Side& side, const std::vector<const NumberMention*>& left, bool source,
              std::vector<FindingSpan>& spans) {
  for (const NumberMention* m : left) {
    const auto i = static_cast<std::size_t>(m - side.mentions.data());
    spans.push_back({source, side.segments[i], m->quantity_range});
  }
}

std::vector<std::string> Texts(const std::vector<const NumberMention*>& mentions, bool quantity) {
  std::vector<std::string> texts;
  for (const NumberMention* m : mentions) texts.push_back(quantity ? m->quantity : m->surface);
  return texts;
}

std::string Listed(const std::vector<std::string>& surfaces) {
  std::string out;
  for (const std::string& s : surfaces) out += (out.empty() ? "`" : ", `") + s + "`";
  return out;
}

std::string Describe(const std::vector<std::string>& src, const std::vector<std::string>& tgt,
                     bool converted) {
  if (converted) {
    return "quantities in other units (a conversion?): source has " + Listed(src) +
           ", target has " + Listed(tgt);
  }
  if (tgt.empty()) return "source has " + Listed(src) + ", not in the target";
  if (src.empty()) return "target has " + Listed(tgt) + ", not in the source";
  return "numbers differ: source has " + Listed(src) + ", target has " + Listed(tgt);
}

class NumberMismatchCheck : public Check {
 public:
  std::string_view name() const override { return "number-mismatch"; }

  void Run(const CheckContext& context, std::vector<Finding>& findings) const override {
    const NumberLanguage source(*context.source_language), target(*context.target_language);
    std::unique_ptr<SegmentMemo> own_memo;
    const SegmentMemo& memo = MemoOf(context, own_memo);
    for (std::size_t b = 0; b < context.alignment.beads.size(); ++b) {
      const Bead& bead = context.alignment.beads[b];
      if (bead.src.empty() || bead.tgt.empty()) continue;  // omission/addition's business
      Side src = Read(context.src, bead.src, source, memo, true);
      Side tgt = Read(context.tgt, bead.tgt, target, memo, false);
      Match(src, tgt, false);
      Match(src, tgt, true);
      std::vector<const NumberMention*> src_left = Leftovers(src, tgt);
      std::vector<const NumberMention*> tgt_left = Leftovers(tgt, src);
      DropMisspelt(context, bead.src, true, source, memo, tgt_left);
      DropMisspelt(context, bead.tgt, false, target, memo, src_left);
      if (src_left.empty() && tgt_left.empty()) continue;
      bool converted = Converted(src_left, tgt_left);
      Finding finding =
          BeadFinding(name(), converted ? Severity::kWarning : Severity::kError, b, bead);
      for (const std::string& s : Texts(tgt_left, false)) {
        finding.found += (finding.found.empty() ? "" : ", ") + s;
      }
      finding.expected = Texts(src_left, false);
      finding.message = Describe(Texts(src_left, converted), Texts(tgt_left, converted), converted);
      AddSpans(src, src_left, true, finding.spans);
      AddSpans(tgt, tgt_left, false, finding.spans);
      findings.push_back(std::move(finding));
    }
  }
};

}  // namespace

std::unique_ptr<Check> MakeNumberMismatchCheck() { return std::make_unique<NumberMismatchCheck>(); }

}  // namespace talign

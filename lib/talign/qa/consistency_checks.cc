#include "talign/qa/consistency_checks.h"

#include <map>
#include <string>

#include "talign/qa/segment_memo.h"
#include "talign/qa/term_renderings.h"
#include "talign/text/tokenizer.h"

namespace talign {
namespace {

constexpr std::size_t kMinWords = 4;

std::string SideText(const std::vector<std::size_t>& indices,
                     const std::vector<Segment>& segments) {
  std::string text;
  for (std::size_t i : indices) text += (text.empty() ? "" : " ") + segments[i].text;
  return text;
}

// Words and numbers, ASCII-lower-cased, one space apart: "« Très bonne relation »" and
// "Très bonne relation" are the same sentence.
std::string Key(const std::vector<Token>& tokens, std::size_t* words) {
  std::string key;
  *words = 0;
  for (const Token& token : tokens) {
    if (token.kind == TokenKind::kPunct) continue;
    *words += token.kind == TokenKind::kWord;
    key += key.empty() ? "" : " ";
    for (char c : token.text) key += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return key;
}

// The tokens of a bead side joined by SideText: the memo's for one segment; several are
// tokenised joined, as a number may run across them ("5" + "000").
std::vector<Token> SideTokens(const SegmentMemo& memo, const std::vector<std::size_t>& indices,
                              const std::string& joined, bool source) {
  if (indices.size() != 1) return Tokenize(joined);
  return source ? memo.SourceTokens(indices[0]) : memo.TargetTokens(indices[0]);
}

struct Variant {
  std::size_t bead;
  std::string key;   // of the other side
  std::string text;  // of the other side, as written
};

// The key most beads share; ties go to the first seen.
const Variant& Majority(const std::vector<Variant>& variants) {
  std::map<std::string, std::size_t> counts;
  for (const Variant& v : variants) ++counts[v.key];
  const Variant* best = &variants[0];
  for (const Variant& v : variants) {
    if (counts[v.key] > counts[best->key]) best = &v;
  }
  return *best;
}

// Groups beads by one side's key; reports the beads whose other side departs from the group.
void SentenceVariants(const CheckContext& context, bool by_source, std::string_view check,
                      std::vector<Finding>& findings) {
  std::unique_ptr<SegmentMemo> own_memo;
  const SegmentMemo& memo = MemoOf(context, own_memo);
  std::map<std::string, std::vector<Variant>> groups;
  for (std::size_t b = 0; b < context.alignment.beads.size(); ++b) {
    const Bead& bead = context.alignment.beads[b];
    if (bead.src.empty() || bead.tgt.empty()) continue;
    std::string mine =
        SideText(by_source ? bead.src : bead.tgt, by_source ? context.src : context.tgt);
    std::string other =
        SideText(by_source ? bead.tgt : bead.src, by_source ? context.tgt : context.src);
    std::size_t words = 0, other_words = 0;
    std::string key =
        Key(SideTokens(memo, by_source ? bead.src : bead.tgt, mine, by_source), &words);
    if (words >= kMinWords) {
      std::string other_key =
          Key(SideTokens(memo, by_source ? bead.tgt : bead.src, other, !by_source), &other_words);
      groups[key].push_back({b, std::move(other_key), other});
    }
  }
  for (const auto& [key, variants] : groups) {
    const Variant& majority = Majority(variants);
    for (const Variant& v : variants) {
      if (v.key == majority.key) continue;
      Finding finding =
          BeadFinding(check, Severity::kWarning, v.bead, context.alignment.beads[v.bead]);
      finding.expected = {majority.text};
      finding.message = std::string(by_source ? "the same source sentence is translated `"
                                              : "the same translation stands for `") +
                        majority.text + "` in bead " + std::to_string(majority.bead) +
                        (by_source ? "" : " (a different source)");
      findings.push_back(std::move(finding));
    }
  }
}

// A term's accepted renderings across the corpus; beads using a minority one are reported.
void TermVariants(const CheckContext& context, std::string_view check,
                  std::vector<Finding>& findings) {
  std::map<std::size_t, std::vector<Variant>> by_term;
  for (const TermUse& use : GlossaryTermUses(context)) {
    if (!use.rendering.empty() && !use.forbidden) {
      by_term[use.term].push_back({use.bead, use.rendering, use.rendering});
    }
  }
  for (const auto& [t, variants] : by_term) {
    const Variant& majority = Majority(variants);
    const Term& term = context.glossary->terms[t];
    std::size_t agree = 0;
    for (const Variant& v : variants) agree += v.key == majority.key;
    for (const Variant& v : variants) {
      if (v.key == majority.key) continue;
      Finding finding =
          BeadFinding(check, Severity::kWarning, v.bead, context.alignment.beads[v.bead]);
      finding.term = term.sources[0];
      finding.found = v.text;
      finding.expected = {majority.text};
      finding.rule = term.where;
      finding.message = "`" + term.sources[0] + "` is rendered `" + v.text + "` here but `" +
                        majority.text + "` in " + std::to_string(agree) + " other bead" +
                        (agree == 1 ? "" : "s") + " (glossary " + term.where.ToString() + ")";
      findings.push_back(std::move(finding));
    }
  }
}

class InconsistentTranslationCheck : public Check {
 public:
  std::string_view name() const override { return "inconsistent-translation"; }
  // Sentences need no glossary; terms are compared when there is one.
  void Run(const CheckContext& context, std::vector<Finding>& findings) const override {
    SentenceVariants(context, true, name(), findings);
    if (context.glossary != nullptr) TermVariants(context, name(), findings);
  }
};

class InconsistentSourceCheck : public Check {
 public:
  std::string_view name() const override { return "inconsistent-source"; }
  void Run(const CheckContext& context, std::vector<Finding>& findings) const override {
    SentenceVariants(context, false, name(), findings);
  }
};

}  // namespace

std::unique_ptr<Check> MakeInconsistentTranslationCheck() {
  return std::make_unique<InconsistentTranslationCheck>();
}
std::unique_ptr<Check> MakeInconsistentSourceCheck() {
  return std::make_unique<InconsistentSourceCheck>();
}

}  // namespace talign

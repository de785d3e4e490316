// inconsistent-translation and inconsistent-source: beads whose one side is the same
// sentence (words and numbers, case and inflection aside) are grouped, within a document
// unless the context asks for the corpus; a bead whose other side departs from the group's
// majority is reported. Glossary terms are not compared: the accepted forms of one entry
// are consistent by definition (SPEC), and a form that is not accepted is term-missing's.
#include "talign/qa/consistency_checks.h"

#include <algorithm>
#include <map>
#include <string>
#include <unordered_map>
#include <utility>

#include "talign/qa/segment_memo.h"
#include "talign/text/cached_stemmer.h"
#include "talign/text/normalizer.h"
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

// Words folded and stemmed, numbers folded, by their text as written: a run repeats its
// words, and a look-up costs less than folding and stemming each occurrence. One per side.
class KeyWords {
 public:
  explicit KeyWords(const CachedStemmer& stemmer) : stemmer_(stemmer) {}

  const std::string& Of(const Token& token) {
    bool word = token.kind == TokenKind::kWord;
    std::unordered_map<std::string, std::string>& known = known_[word];
    std::string text(token.text);
    auto it = known.find(text);
    if (it != known.end()) return it->second;
    std::string folded = FoldForMatch(token.text);
    return known.emplace(std::move(text), word ? stemmer_.Stem(folded) : folded).first->second;
  }

 private:
  const CachedStemmer& stemmer_;
  std::unordered_map<std::string, std::string> known_[2];  // [0] numbers, [1] words
};

// Words and numbers, folded and stemmed, one space apart: "« Très bonne relation »" and
// "très bonnes relations" are the same sentence.
std::string Key(const std::vector<Token>& tokens, KeyWords& key_words, std::size_t* words) {
  std::string key;
  *words = 0;
  for (const Token& token : tokens) {
    if (token.kind == TokenKind::kPunct) continue;
    *words += token.kind == TokenKind::kWord;
    key += key.empty() ? "" : " ";
    key += key_words.Of(token);
  }
  return key;
}

// The document of bead `b`: an index into context.document_starts, or 0 for a corpus-wide
// comparison.
std::size_t DocumentOf(const CheckContext& context, std::size_t b) {
  if (context.consistency_scope == ConsistencyScope::kCorpus) return 0;
  const std::vector<std::size_t>& starts = context.document_starts;
  return static_cast<std::size_t>(std::upper_bound(starts.begin(), starts.end(), b) -
                                  starts.begin());
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
  KeyWords mine_words((by_source ? context.source_language : context.target_language)->stemmer());
  KeyWords other_words((by_source ? context.target_language : context.source_language)->stemmer());
  std::map<std::pair<std::size_t, std::string>, std::vector<Variant>> groups;
  for (std::size_t b = 0; b < context.alignment.beads.size(); ++b) {
    const Bead& bead = context.alignment.beads[b];
    if (bead.src.empty() || bead.tgt.empty()) continue;
    std::string mine =
        SideText(by_source ? bead.src : bead.tgt, by_source ? context.src : context.tgt);
    std::string other =
        SideText(by_source ? bead.tgt : bead.src, by_source ? context.tgt : context.src);
    std::size_t words = 0, other_count = 0;
    std::string key =
        Key(SideTokens(memo, by_source ? bead.src : bead.tgt, mine, by_source), mine_words, &words);
    if (words >= kMinWords) {
      std::string other_key =
          Key(SideTokens(memo, by_source ? bead.tgt : bead.src, other, !by_source), other_words,
              &other_count);
      groups[{DocumentOf(context, b), key}].push_back({b, std::move(other_key), other});
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

class InconsistentTranslationCheck : public Check {
 public:
  std::string_view name() const override { return "inconsistent-translation"; }
  void Run(const CheckContext& context, std::vector<Finding>& findings) const override {
    SentenceVariants(context, true, name(), findings);
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

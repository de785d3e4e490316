// FrequentSourceTerms: the corpus's frequent source n-grams that the glossary does not cover
// yet, with the target words that go with them. Document frequency over beads, Dice.
#include <algorithm>
#include <map>
#include <set>
#include <string_view>

#include "talign/qa/term_renderings.h"
#include "talign/text/language_resources.h"
#include "talign/text/normalizer.h"
#include "talign/text/tokenizer.h"

namespace talign {
namespace {

// A side's stop words (LanguageResources::StopWords: function words and news filler, plus
// its qa_stop_words.txt) neither start nor end a term candidate; a language without data has
// none.
struct Words {
  FoldedWords stop;
  bool IsContent(const std::string& word) const {
    return word.size() >= 3 && stop.count(FoldForMatch(word)) == 0;
  }
};

Words WordsOf(const LanguageResources* language) {
  Words words;
  if (language == nullptr) return words;
  words.stop = language->StopWords();
  for (const std::string& word : language->List("qa_stop_words")) {
    words.stop.insert(FoldForMatch(word));
  }
  return words;
}

// Byte ranges of the glossary's source matches in a segment: n-grams touching them are
// covered already.
std::vector<ByteRange> Covered(const CheckContext& context, const Segment& segment) {
  std::vector<ByteRange> covered;
  if (context.matcher == nullptr) return covered;
  for (const TermMatch& m : context.matcher->Find(TermSide::kSource, segment.text)) {
    covered.push_back(m.range);
  }
  return covered;
}

bool Overlaps(const std::vector<ByteRange>& covered, std::size_t begin, std::size_t end) {
  for (const ByteRange& r : covered) {
    if (begin < r.end && r.begin < end) return true;
  }
  return false;
}

// The candidate n-grams of one segment: runs of word tokens (punctuation breaks a run),
// first and last words content words.
void SegmentNgrams(const Words& words, const Segment& segment,
                   const std::vector<ByteRange>& covered, std::size_t max_words,
                   std::set<std::string>& out) {
  std::vector<Token> tokens = Tokenize(segment.text);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    std::string gram;
    for (std::size_t n = 0; n < max_words && i + n < tokens.size(); ++n) {
      const Token& token = tokens[i + n];
      if (token.kind != TokenKind::kWord) break;
      if (Overlaps(covered, token.range.begin, token.range.end)) break;
      std::string word = LowerAscii(token.text);
      if (n == 0 && !words.IsContent(word)) break;
      gram += (n == 0 ? "" : " ") + word;
      if (words.IsContent(word)) out.insert(gram);
    }
  }
}

std::set<std::string> SourceGrams(const CheckContext& context, const Words& words, const Bead& bead,
                                  std::size_t max_words) {
  std::set<std::string> grams;
  for (std::size_t i : bead.src) {
    SegmentNgrams(words, context.src[i], Covered(context, context.src[i]), max_words, grams);
  }
  return grams;
}

std::set<std::string> TargetWords(const CheckContext& context, const Words& words,
                                  const Bead& bead) {
  std::set<std::string> grams;
  for (std::size_t i : bead.tgt) SegmentNgrams(words, context.tgt[i], {}, 1, grams);
  return grams;
}

bool Contains(const std::string& longer, const std::string& shorter) {
  return longer.size() > shorter.size() &&
         (" " + longer + " ").find(" " + shorter + " ") != std::string::npos;
}

// Most frequent first; an n-gram inside a kept longer one of the same frequency is the same
// term seen partly ("Sonny" in "Sonny Leggett") and is dropped.
std::vector<std::pair<std::string, std::size_t>> Pick(const std::map<std::string, std::size_t>& df,
                                                      const FrequentTermOptions& options) {
  std::vector<std::pair<std::string, std::size_t>> ranked(df.begin(), df.end());
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first.size() > b.first.size();
  });
  std::vector<std::pair<std::string, std::size_t>> kept;
  for (const auto& candidate : ranked) {
    if (candidate.second < options.min_beads || kept.size() == options.max_terms) break;
    bool inside = std::any_of(kept.begin(), kept.end(), [&](const auto& k) {
      return k.second == candidate.second && Contains(k.first, candidate.first);
    });
    if (!inside) kept.push_back(candidate);
  }
  return kept;
}

}  // namespace

std::vector<TermRenderings> FrequentSourceTerms(const CheckContext& context,
                                                const FrequentTermOptions& options) {
  Words src_words = WordsOf(context.source_language);
  Words tgt_words = WordsOf(context.target_language);
  std::vector<std::set<std::string>> src_grams, tgt_words_of_bead;
  std::map<std::string, std::size_t> src_df, tgt_df;
  for (const Bead& bead : context.alignment.beads) {
    if (bead.src.empty() || bead.tgt.empty()) continue;
    src_grams.push_back(SourceGrams(context, src_words, bead, options.max_words));
    tgt_words_of_bead.push_back(TargetWords(context, tgt_words, bead));
    for (const std::string& g : src_grams.back()) ++src_df[g];
    for (const std::string& w : tgt_words_of_bead.back()) ++tgt_df[w];
  }
  std::vector<TermRenderings> table;
  for (const auto& [gram, df] : Pick(src_df, options)) {
    std::map<std::string, std::size_t> cooc;
    for (std::size_t b = 0; b < src_grams.size(); ++b) {
      if (src_grams[b].count(gram) == 0) continue;
      for (const std::string& w : tgt_words_of_bead[b]) ++cooc[w];
    }
    std::vector<std::pair<double, Rendering>> scored;
    for (const auto& [word, n] : cooc) {
      scored.push_back({2.0 * n / static_cast<double>(df + tgt_df[word]), {word, n}});
    }
    std::stable_sort(scored.begin(), scored.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    TermRenderings row{gram, false, df, {}};
    for (std::size_t i = 0; i < scored.size() && i < options.renderings; ++i) {
      row.renderings.push_back(scored[i].second);
    }
    table.push_back(std::move(row));
  }
  return table;
}

}  // namespace talign

#include "talign/qa/term_sense.h"

#include <algorithm>

#include "talign/text/normalizer.h"

namespace talign {
namespace {

constexpr std::string_view kStemField = "st:";

std::string StemOf(const std::string& analysis) {
  std::size_t at = analysis.find(kStemField);
  if (at == std::string::npos) return "";
  at += kStemField.size();
  return analysis.substr(at, analysis.find(' ', at) - at);
}

std::string LowerFirst(std::string_view word) {
  std::string lower(word);
  if (!lower.empty() && lower[0] >= 'A' && lower[0] <= 'Z')
    lower[0] = static_cast<char>(lower[0] - 'A' + 'a');
  return lower;
}

// The last `count` (or fewer) folded words of `tokens` that end at or before byte `end`,
// punctuation left out, in text order. Only those are folded: a match asks about the few
// words before it, not the whole segment.
std::vector<std::string> LastWordsUpTo(const std::vector<Token>& tokens, std::size_t end,
                                       std::size_t count) {
  std::size_t stop = 0;
  while (stop < tokens.size() && tokens[stop].range.end <= end) ++stop;
  std::vector<std::string> words;
  words.reserve(std::min(count, stop));
  for (std::size_t i = stop; i-- > 0 && words.size() < count;) {
    if (tokens[i].kind != TokenKind::kPunct) words.push_back(FoldForMatch(tokens[i].text));
  }
  std::reverse(words.begin(), words.end());
  return words;
}

std::vector<std::string> WordsOf(std::string_view text) {
  std::vector<Token> tokens = Tokenize(text);
  return LastWordsUpTo(tokens, text.size(), tokens.size());
}

}  // namespace

TermSense::TermSense(const LanguageResources& source, const Glossary& glossary)
    : hunspell_(source.hunspell()), glossary_(glossary) {
  for (const auto& row : source.Table("qa_morphology")) {
    if (row.size() < 2) continue;
    if (row[0] == "noun") noun_ = row[1];
    if (row[0] == "participle") participle_ = row[1];
    if (row[0] == "auxiliary") auxiliary_ = row[1];
  }
  for (const std::string& phrase : source.List("qa_other_words")) {
    other_words_.push_back(WordsOf(phrase));
    if (other_words_.back().empty()) continue;
    last_words_.insert(other_words_.back().back());
    longest_phrase_ = std::max(longest_phrase_, other_words_.back().size());
  }
}

bool TermSense::IsOtherWord(const TermMatch& match, const std::vector<Token>& tokens) const {
  std::vector<std::string> before = LastWordsUpTo(tokens, match.range.end, 1);
  if (before.empty() || last_words_.count(before.back()) == 0) return false;
  before = LastWordsUpTo(tokens, match.range.end, longest_phrase_);
  for (const std::vector<std::string>& phrase : other_words_) {
    if (phrase.empty() || phrase.size() > before.size() ||
        !std::equal(phrase.rbegin(), phrase.rend(), before.rbegin())) {
      continue;
    }
    const std::vector<std::string>& sources = glossary_.terms[match.term].sources;
    if (std::none_of(sources.begin(), sources.end(),
                     [&](const std::string& form) { return WordsOf(form) == phrase; })) {
      return true;
    }
  }
  return false;
}

const std::set<std::string>& TermSense::TermNounStems(std::size_t term) const {
  if (noun_stems_.empty()) noun_stems_.resize(glossary_.terms.size());
  std::optional<std::set<std::string>>& cached = noun_stems_[term];
  if (cached) return *cached;
  cached.emplace();
  for (const std::string& form : glossary_.terms[term].sources) {
    if (form.find(' ') != std::string::npos) continue;
    std::set<std::string> stems = NounStems(Analyses(form));
    cached->insert(stems.begin(), stems.end());
  }
  return *cached;
}

const std::vector<std::string>& TermSense::Analyses(std::string_view word) const {
  auto it = analyses_.find(word);
  if (it != analyses_.end()) return it->second;
  std::vector<std::string> analyses = hunspell_->Analyze(word);
  if (analyses.empty()) analyses = hunspell_->Analyze(LowerFirst(word));
  return analyses_.emplace(std::string(word), std::move(analyses)).first->second;
}

bool TermSense::Has(const std::vector<std::string>& analyses, const std::string& tag) const {
  return !tag.empty() && std::any_of(analyses.begin(), analyses.end(), [&](const std::string& a) {
    return a.find(tag) != std::string::npos;
  });
}

std::set<std::string> TermSense::NounStems(const std::vector<std::string>& analyses) const {
  std::set<std::string> stems;
  for (const std::string& a : analyses) {
    if (a.find(noun_) != std::string::npos) stems.insert(StemOf(a));
  }
  return stems;
}

bool TermSense::Fits(const TermMatch& match, const std::vector<Token>& tokens) const {
  if (IsOtherWord(match, tokens)) return false;
  if (hunspell_ == nullptr || noun_.empty() || match.surface.find(' ') != std::string::npos) {
    return true;
  }
  const std::set<std::string>& term_stems = TermNounStems(match.term);
  if (term_stems.empty()) return true;
  const std::vector<std::string>& analyses = Analyses(match.surface);
  if (analyses.empty()) return true;  // a word Hunspell does not know: trust the stemmer
  std::set<std::string> stems = NounStems(analyses);
  bool noun = std::any_of(stems.begin(), stems.end(),
                          [&](const std::string& s) { return term_stems.count(s) > 0; });
  if (!noun || !Has(analyses, participle_)) return noun;
  // "s'est insurgé", "a frappé": a participle reading right after an auxiliary is the verb.
  auto before = std::find_if(tokens.rbegin(), tokens.rend(), [&](const Token& t) {
    return t.range.end <= match.range.begin && t.kind == TokenKind::kWord;
  });
  return before == tokens.rend() || !Has(Analyses(before->text), auxiliary_);
}

}  // namespace talign

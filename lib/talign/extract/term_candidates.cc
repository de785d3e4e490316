#include "talign/extract/term_candidates.h"

#include "talign/text/tokenizer.h"

namespace talign {
namespace {

bool IsApostrophe(std::string_view t) { return t == "'" || t == "\u2019"; }

bool IsWordOrNumber(const Token& t) { return t.kind != TokenKind::kPunct; }

// True when tokens[i] is a hyphen glued to words or numbers on both sides: "intra-Afghan",
// "COVID-19", "2019-nCoV".
bool IsInnerHyphen(const std::vector<Token>& tokens, std::size_t i) {
  if (i == 0 || i + 1 >= tokens.size() || tokens[i].text != "-") return false;
  const Token& before = tokens[i - 1];
  const Token& after = tokens[i + 1];
  return IsWordOrNumber(before) && IsWordOrNumber(after) &&
         before.range.end == tokens[i].range.begin && tokens[i].range.end == after.range.begin;
}

bool IsNounLike(const TermWord& w) {
  return w.word_class == WordClass::kNoun || w.word_class == WordClass::kUnknown;
}

// Two or more bytes of letters: "a", "s", "2012" and "F-16" are no terms; "COVID-19",
// "H1N1" and "SARS-CoV-2" are.
bool IsWordy(std::string_view text) {
  std::size_t letters = 0;
  for (char c : text) letters += !(c >= '0' && c <= '9') && c != '-';
  return letters >= 2;
}

// A single-word term: a noun, an adjective ("contagieux" → contagious) or an unknown word.
bool CanStandAlone(const TermWord& w) {
  return w.content() && IsWordy(w.text) && (IsNounLike(w) || w.word_class == WordClass::kAdjective);
}

bool CanStart(const std::vector<TermWord>& w, std::size_t i) {
  if (!w[i].content() || !IsWordy(w[i].text)) return false;
  if (IsNounLike(w[i])) return true;
  return w[i].word_class == WordClass::kAdjective && i + 1 < w.size() && w[i + 1].content() &&
         IsNounLike(w[i + 1]);
}

bool CanContinue(const TermWord& w) {
  return w.connector || (w.content() && w.word_class != WordClass::kVerb && IsWordy(w.text));
}

}  // namespace

std::vector<TermWord> TermWords(std::string_view text, WordAnalyzer& analyzer) {
  std::vector<Token> tokens = Tokenize(text);
  std::vector<TermWord> words;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (IsApostrophe(tokens[i].text)) continue;
    std::size_t begin = tokens[i].range.begin;
    std::size_t j = i;
    bool has_word = tokens[i].kind == TokenKind::kWord;
    while (IsWordOrNumber(tokens[j]) && IsInnerHyphen(tokens, j + 1)) {
      j += 2;
      has_word = has_word || tokens[j].kind == TokenKind::kWord;
    }
    TermWord word;
    word.text = text.substr(begin, tokens[j].range.end - begin);
    word.boundary = !has_word;  // punctuation, or numbers only ("2019-2020")
    if (!word.boundary) {
      const WordInfo& info = analyzer.Analyze(word.text);
      word.lemma = info.lemma;
      word.word_class = info.word_class;
      word.number = info.number;
      word.singular = info.singular;
      word.connector = info.connector;
      word.article = info.article;
    }
    words.push_back(word);
    i = j;
  }
  return words;
}

std::vector<TermSpan> FindTermSpans(const std::vector<TermWord>& words) {
  std::vector<TermSpan> spans;
  for (std::size_t first = 0; first < words.size(); ++first) {
    if (CanStandAlone(words[first])) spans.push_back({first, first});
    if (!CanStart(words, first)) continue;
    int connectors = 0;
    for (std::size_t last = first + 1; last < words.size() && last - first < kMaxTermWords;
         ++last) {
      const TermWord& w = words[last];
      if (!CanContinue(w) || (w.connector && ++connectors > 1)) break;
      if (!w.connector) {
        spans.push_back({first, last});
        continue;
      }
      // A connector, and maybe an article, must lead to a noun: "accord de Doha",
      // "Organisation mondiale de la santé", not "accord de nouveau".
      if (last + 1 < words.size() && words[last + 1].article) ++last;
      if (last + 1 >= words.size() || !IsNounLike(words[last + 1])) break;
    }
  }
  return spans;
}

}  // namespace talign

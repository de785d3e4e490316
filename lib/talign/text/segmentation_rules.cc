#include "talign/text/segmentation_rules.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <string>

namespace talign {
namespace {

using Kind = AbbreviationKind;

UChar32 At(std::string_view s, std::size_t i, std::size_t* next) {
  int32_t j = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), j, static_cast<int32_t>(s.size()), c);
  *next = static_cast<std::size_t>(j);
  return c;
}

UChar32 Before(std::string_view s, std::size_t i, std::size_t* prev) {
  int32_t j = static_cast<int32_t>(i);
  UChar32 c;
  U8_PREV(reinterpret_cast<const uint8_t*>(s.data()), 0, j, c);
  *prev = static_cast<std::size_t>(j);
  return c;
}

bool IsSpace(UChar32 c) { return u_isUWhiteSpace(c); }
bool IsApostrophe(UChar32 c) { return c == '\'' || c == 0x2019; }
// '"' and apostrophes open or close a quotation; they close only before white space.
bool IsAmbiguousQuote(UChar32 c) { return c == '"' || IsApostrophe(c); }
bool IsCloser(UChar32 c) {
  int8_t t = u_charType(c);
  return t == U_END_PUNCTUATION || t == U_FINAL_PUNCTUATION || IsAmbiguousQuote(c);
}
// '¿' and '¡' (Spanish) open a sentence wherever they are written.
bool IsOpener(UChar32 c) {
  int8_t t = u_charType(c);
  return t == U_START_PUNCTUATION || t == U_INITIAL_PUNCTUATION || IsAmbiguousQuote(c) ||
         c == 0xBF || c == 0xA1;
}
bool IsTerminator(UChar32 c) {
  return c == '.' || c == '?' || c == '!' || c == 0x2026 || c == 0x203C ||
         (c >= 0x2047 && c <= 0x2049);
}
bool IsSpaceOrCloser(UChar32 c) { return IsSpace(c) || IsCloser(c); }
bool IsWordChar(UChar32 c) { return !IsSpace(c) && !IsOpener(c); }
bool IsBullet(UChar32 c, bool line_start) {  // all but '*' in U+2000-U+2FFF: MayOpenListMarker
  constexpr UChar32 kBullets[] = {0x2022, 0x25E6, 0x25AA, 0x2023, 0x2043,
                                  0x25CF, 0x25A0, 0x25BA, 0x25B8, '*'};
  if (std::find(std::begin(kBullets), std::end(kBullets), c) != std::end(kBullets)) return true;
  return line_start && (c == '-' || c == 0x2013 || c == 0x2014);
}

template <typename Pred>
std::size_t SkipBack(std::string_view s, std::size_t pos, std::size_t floor, Pred pred) {
  std::size_t prev;
  while (pos > floor && pred(Before(s, pos, &prev))) pos = prev;
  return pos;
}

template <typename Pred>
std::size_t SkipForward(std::string_view s, std::size_t pos, Pred pred) {
  std::size_t next;
  while (pos < s.size() && pred(At(s, pos, &next))) pos = next;
  return pos;
}

// The punctuation before a boundary candidate, and the word it follows.
struct Ending {
  std::size_t end = 0;         // just past the punctuation and its closing quotes
  std::size_t word_begin = 0;  // the word before the punctuation: "Mr", "U.S", "J.-C"
  std::size_t word_end = 0;
  int periods = 0;
  bool spaced = false;     // ". . .": periods separated by spaces
  bool other = false;      // '?', '!', '…': more than a period
  bool ellipsis = false;   // "…", "...", "....": an ellipsis, perhaps ending the sentence
  bool closed = false;     // a closing quote or bracket follows the punctuation
  bool bracketed = false;  // "[...]": an omission mark
};

// Walks back over the terminators before `p` into `e`; returns where they start.
std::size_t ScanTerminators(std::string_view s, std::size_t floor, std::size_t p, Ending* e) {
  std::size_t prev;
  for (; p > floor; p = prev) {
    UChar32 c = Before(s, p, &prev);
    if (c == '.') {
      ++e->periods;
    } else if (IsTerminator(c)) {
      e->other = true;
      e->ellipsis = e->ellipsis || c == 0x2026;
    } else if (IsSpace(c) && e->periods > 0 && prev > floor && s[prev - 1] == '.') {
      e->spaced = true;
    } else {
      break;
    }
  }
  e->bracketed = p > floor && s[p - 1] == '[';
  e->ellipsis = e->ellipsis || e->periods >= 3;
  return p;
}

Ending ParseEnding(std::string_view s, std::size_t floor, std::size_t next) {
  Ending e;
  e.end = SkipBack(s, next, floor, IsSpace);
  std::size_t terminators_end = SkipBack(s, e.end, floor, IsSpaceOrCloser);
  e.closed = terminators_end < e.end;
  e.word_end = ScanTerminators(s, floor, terminators_end, &e);
  e.word_begin = SkipBack(s, e.word_end, floor, IsWordChar);
  return e;
}

// The word after a boundary candidate: its first character, and its letters for a lookup
// among sentence openers ("C'est" → "C'").
struct NextWord {
  UChar32 first = 0;
  std::string letters;
};

NextWord ParseNext(std::string_view s, std::size_t pos) {
  NextWord w;
  auto skip = [](UChar32 c) { return IsSpace(c) || IsOpener(c); };
  std::size_t p = SkipForward(s, SkipDash(s, SkipForward(s, pos, skip)), skip);
  std::size_t next;
  if (p < s.size()) w.first = At(s, p, &next);
  std::size_t end = SkipForward(s, p, [](UChar32 c) { return u_isalpha(c) != 0; });
  w.letters.assign(s.substr(p, end - p));
  if (end < s.size() && IsApostrophe(At(s, end, &next))) w.letters += '\'';
  return w;
}

// "U.S", "a.m", "S.A": single letters joined by periods.
bool IsInitialism(std::string_view word) {
  for (std::size_t i = 0; i < word.size(); i += 2) {
    if (!std::isalpha(static_cast<unsigned char>(word[i]))) return false;
    if (i + 1 < word.size() && word[i + 1] != '.') return false;
  }
  return word.size() >= 3 && word.size() % 2 == 1;
}

bool IsSingleCapital(std::string_view word) {
  std::size_t next;
  return !word.empty() && u_isupper(At(word, 0, &next)) && next == word.size();
}

// "3." written for "third" ("am 3. Oktober", "in der 89. Minute"): one to three digits after
// a word that asks for an ordinal, or before a word that an ordinal introduces.
bool IsOrdinal(std::string_view s, std::size_t floor, const Ending& e, const NextWord& next,
               const SegmentationRules& rules) {
  std::size_t digits = e.word_end - e.word_begin;
  if (digits == 0 || digits > 3 ||
      !std::all_of(s.begin() + e.word_begin, s.begin() + e.word_end,
                   [](char c) { return c >= '0' && c <= '9'; })) {
    return false;
  }
  std::size_t before_end = SkipBack(s, e.word_begin, floor, IsSpace);
  std::size_t before_begin = SkipBack(s, before_end, floor, IsWordChar);
  if (rules.ordinal_before.count(std::string(s.substr(before_begin, before_end - before_begin))))
    return true;
  return std::any_of(
      rules.ordinal_after.begin(), rules.ordinal_after.end(),
      [&](const std::string& w) { return next.letters.compare(0, w.size(), w) == 0; });
}

// Abbreviations, initialisms and initials: does the period before `next` end the sentence?
bool AbbreviationContinues(std::string_view word, const NextWord& next,
                           const SegmentationRules& rules) {
  bool before_starter = rules.sentence_starters.count(next.letters) > 0;
  auto found = rules.abbreviations.find(std::string(word));
  if (found == rules.abbreviations.end()) {
    return (IsInitialism(word) || IsSingleCapital(word)) && !before_starter;
  }
  switch (found->second) {
    case Kind::kNeverEnds:
      return true;
    case Kind::kBeforeNumber:
      return u_isdigit(next.first);
    case Kind::kUnlessStarter:
      return !before_starter;
  }
  return false;
}

struct Marker {
  std::size_t end = 0;
  UChar32 bullet = 0;
  int kind = 0;  // 0: a bullet alone, 1: a number, 2: a lower-case letter
  int value = 0;
  std::string_view punct;  // ".", ")" or ".)" after the number or letter
};

// "12." "3)" "b.)": up to three digits or one lower-case letter, then the punctuation.
std::size_t ParseOrdinal(std::string_view s, std::size_t p, Marker* m) {
  std::size_t q = p;
  int value = 0;
  auto digit_at = [&](std::size_t i) {
    return i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]));
  };
  while (q - p < 3 && digit_at(q)) value = value * 10 + (s[q++] - '0');
  int kind = q > p ? 1 : 0;
  if (kind == 0 && q < s.size() && s[q] >= 'a' && s[q] <= 'z') {
    value = s[q++];
    kind = 2;
  }
  if (kind == 0 || digit_at(q)) return p;  // "2020." is a year, not an item number
  for (std::string_view punct : {".)", ")", "."}) {
    if (s.substr(q, punct.size()) != punct) continue;
    m->end = q + punct.size();
    m->kind = kind;
    m->value = value;
    m->punct = punct;
    return m->end;
  }
  return p;
}

std::optional<Marker> ParseMarker(std::string_view s, std::size_t pos, bool line_start) {
  if (!MayOpenListMarker(s, pos)) return std::nullopt;
  Marker m;
  std::size_t p = pos, next;
  if (pos < s.size() && IsBullet(At(s, pos, &next), line_start)) {
    m.bullet = At(s, pos, &next);
    m.end = next;
    p = SkipForward(s, next, IsSpace);  // "• 9." as well as "⁃9."
  }
  ParseOrdinal(s, p, &m);
  bool found = m.bullet != 0 || m.kind != 0;
  if (!found || m.end >= s.size() || !IsSpace(At(s, m.end, &next))) return std::nullopt;
  return m;
}

// An e-mail address or URL holds "Jane.Doe" or "example.Com": no sentence ends inside.
bool InAddress(std::string_view s, std::size_t pos) {
  constexpr std::size_t kReach = 128;  // bounded look-around keeps segmentation linear
  std::size_t begin = pos > kReach ? pos - kReach : 0;
  std::string_view window = s.substr(begin, std::min(s.size(), pos + kReach) - begin);
  std::size_t left = window.find_last_of(" \t\r\n", pos - begin);
  std::size_t right = window.find_first_of(" \t\r\n", pos - begin);
  left = left == std::string_view::npos ? 0 : left;
  std::string_view token =
      window.substr(left, right == std::string_view::npos ? right : right - left);
  return token.find_first_of("@/") != std::string_view::npos;
}

}  // namespace

SegmentationRules::SegmentationRules(const LanguageResources& language) {
  const std::pair<std::string_view, Kind> kinds[] = {
      {"segmentation_abbreviations", Kind::kNeverEnds},
      {"segmentation_abbreviations_before_number", Kind::kBeforeNumber},
      {"segmentation_abbreviations_unless_starter", Kind::kUnlessStarter},
  };
  for (const auto& [file, kind] : kinds) {
    for (const std::string& word : language.List(file)) abbreviations.emplace(word, kind);
  }
  const std::vector<std::string>& starters = language.List("segmentation_sentence_starters");
  sentence_starters.insert(starters.begin(), starters.end());
  const std::vector<std::string>& before = language.List("segmentation_ordinal_before");
  ordinal_before.insert(before.begin(), before.end());
  ordinal_after = language.List("segmentation_ordinal_after");
  marks = PunctuationMarks(language);
}

bool ContinuesSentence(std::string_view text, std::size_t sentence_begin, std::size_t next,
                       const SegmentationRules& rules) {
  std::size_t prev;
  bool after_space = next > 0 && IsSpace(Before(text, next, &prev));
  if (!after_space && !IsGluedBoundary(text, next)) return true;  // inside a word: "J.-C."
  Ending e = ParseEnding(text, sentence_begin, next);
  NextWord w = ParseNext(text, next);
  if (e.bracketed || (e.spaced && e.periods == 3)) return true;  // omission marks
  if (u_islower(w.first)) return true;  // "Yahoo! in", "« Un accord ? » a-t-il demandé"
  if (e.ellipsis && !u_isupper(w.first)) return true;  // "resold for... 1.6 million"
  if (e.other || e.periods != 1) return false;
  std::optional<std::size_t> marker = ListMarkerEnd(text, sentence_begin, false);
  if (marker && *marker == e.end) return true;  // "1. The first item"
  if (e.closed) return false;                   // "…great." She
  if (IsOrdinal(text, sentence_begin, e, w, rules)) return true;
  return AbbreviationContinues(text.substr(e.word_begin, e.word_end - e.word_begin), w, rules);
}

std::size_t SkipDash(std::string_view text, std::size_t pos) {
  std::size_t next;
  std::size_t end =
      SkipForward(text, pos, [](UChar32 c) { return c == '-' || c == 0x2013 || c == 0x2014; });
  bool dash = end > pos && end - pos <= 3 && end < text.size() && IsSpace(At(text, end, &next));
  return dash ? SkipForward(text, end, IsSpace) : pos;
}

std::size_t SkipClosingPunctuation(std::string_view text, std::size_t pos, bool quote_open) {
  std::size_t p = SkipForward(text, pos, IsSpace), next, unused;
  while (p < text.size()) {
    UChar32 c = At(text, p, &next);
    bool closes = IsCloser(c) && (c != '"' || quote_open);
    if (!closes || (IsAmbiguousQuote(c) && next < text.size() && !IsSpace(At(text, next, &unused))))
      break;
    quote_open = quote_open != (c == '"');
    p = SkipForward(text, next, IsSpace);
  }
  return p;
}

bool EndsClause(std::string_view text, const PunctuationMarks& marks) {
  std::string_view before = text.substr(0, SkipBack(text, text.size(), 0, IsSpaceOrCloser));
  return marks.Ends(before, PunctuationRole::kClause) ||
         marks.Ends(before, PunctuationRole::kPause);
}

bool IsGluedBoundary(std::string_view text, std::size_t pos) {
  if (pos < 2 || pos + 1 >= text.size()) return false;
  char c = text[pos - 1];
  if (c != '.' && c != '?' && c != '!') return false;
  std::size_t prev, next, after;
  UChar32 before = Before(text, pos - 1, &prev);
  UChar32 first = At(text, pos, &next);
  bool word_before = u_islower(before) || u_isdigit(before);
  bool word_after = u_isupper(first) && next < text.size() && u_islower(At(text, next, &after));
  return word_before && word_after && !InAddress(text, pos);
}

std::optional<std::size_t> ListMarkerEnd(std::string_view text, std::size_t pos, bool line_start) {
  std::optional<Marker> m = ParseMarker(text, pos, line_start);
  return m ? std::optional<std::size_t>(m->end) : std::nullopt;
}

bool StartsNextListItem(std::string_view text, std::size_t sentence_begin, std::size_t pos) {
  std::optional<Marker> first = ParseMarker(text, sentence_begin, false);
  std::optional<Marker> next = ParseMarker(text, pos, false);
  return first && next && first->bullet == next->bullet && first->kind == next->kind &&
         first->punct == next->punct && (first->kind == 0 || next->value == first->value + 1);
}

}  // namespace talign

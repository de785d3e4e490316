#include "talign/align/anchor_keys.h"

#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <unordered_map>

#include "talign/align/number_key.h"
#include "talign/base/error.h"
#include "talign/text/language_resources.h"
#include "talign/text/normalizer.h"

namespace talign {
namespace {

// "gouvernement"/"government" differ at 4; names rarely do. 4 would also join names that
// transliteration spells short of 5 (Λέγκετ "leget", Leggett) but costs Text+Berg 0.9472 →
// 0.9395 (whole documents).
constexpr int kPrefixLetters = 5;
constexpr int kMinCognateLetters = 4;

// The first `n` code points of `s` and the count of code points in `s`.
std::string Prefix(const std::string& s, int n, int* length) {
  int32_t i = 0, size = static_cast<int32_t>(s.size()), cut = size;
  *length = 0;
  while (i < size) {
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, size, c);
    if (++*length == n) cut = i;
  }
  return s.substr(0, static_cast<std::size_t>(cut));
}

// Every language's align_latin.txt (ICU transform rules for its script), then ICU's
// Any-Latin for the scripts no file covers, in ASCII letters without marks ("хельмand"
// → "khelmand", not "khel'mand"). Built once: ICU compiles rules slowly.
const icu::Transliterator& LatinSpeller() {
  static const icu::Transliterator* speller = [] {
    std::string rules;
    for (const std::string& rule : EmbeddedList("align_latin")) rules += rule + "\n";
    rules += ":: Any-Latin ;\n:: Latin-ASCII ;\n:: [^a-z0-9] Remove ;\n";
    UErrorCode status = U_ZERO_ERROR;
    UParseError where;
    icu::Transliterator* made = icu::Transliterator::createFromRules(
        "talign-latin", icu::UnicodeString::fromUTF8(rules), UTRANS_FORWARD, where, status);
    if (U_FAILURE(status)) {
      throw Error(ErrorKind::kData, {"data/languages/*/align_latin.txt", 0},
                  std::string("ICU rejects the rules (") + u_errorName(status) + ") at rule line " +
                      std::to_string(where.line));
    }
    return made;
  }();
  return *speller;
}

// True when `folded` has a letter of a script other than Latin: only such words pay for
// the transliteration.
bool HasNonLatinLetter(const std::string& folded) {
  int32_t i = 0;
  const int32_t size = static_cast<int32_t>(folded.size());
  while (i < size) {
    if (static_cast<unsigned char>(folded[i]) < 0x80) {
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(folded.data()), i, size, c);
    UErrorCode status = U_ZERO_ERROR;
    if (u_isalpha(c) && uscript_getScript(c, &status) != USCRIPT_LATIN) return true;
  }
  return false;
}

// Distinct words remembered per thread: ICU takes ~5 µs a word, and a document's words
// repeat (Zipf), so a vocabulary's worth of entries spares most calls.
constexpr std::size_t kLatinSpellingCache = 1 << 16;

// A folded word of another script in Latin letters ("ταλιμπαν", "талибан" → "taliban"), so
// that names and cognates meet their Latin spelling.
const std::string& LatinSpelling(const std::string& folded) {
  // A transliterator per thread, so that no two threads share one.
  thread_local std::unique_ptr<icu::Transliterator> speller(LatinSpeller().clone());
  thread_local std::unordered_map<std::string, std::string> cache;
  auto known = cache.find(folded);
  if (known != cache.end()) return known->second;
  if (cache.size() >= kLatinSpellingCache) cache.clear();
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(folded);
  speller->transliterate(text);
  std::string latin;
  return cache.emplace(folded, text.toUTF8String(latin)).first->second;
}

bool IsCapitalised(std::string_view word) {
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(word.data()), i, static_cast<int32_t>(word.size()), c);
  return u_isupper(c);
}

std::string PunctKey(std::string_view p) {
  static const std::string_view kQuotes[] = {"\"", "«", "»", "“", "”", "„", "‟"};
  if (p == "?" || p == "!" || p == "(") return std::string(p);
  for (std::string_view q : kQuotes) {
    if (p == q) return "\"";
  }
  return "";
}

// `heading`: the segment is all capitals, where a lone I, V or X is a numeral and a number
// word numbers a chapter.
// `folded`: FoldForMatch(token.text).
std::string WordKey(const Token& token, const std::string& folded, bool first, bool heading,
                    const NumberWords& number_words) {
  std::string roman = RomanNumeralKey(token.text, heading ? 1 : 2);
  if (!roman.empty()) return "#" + roman;
  if (heading) {
    auto number = number_words.find(folded);
    if (number != number_words.end()) return "#" + number->second;
  }
  const std::string& latin = HasNonLatinLetter(folded) ? LatinSpelling(folded) : folded;
  int length;
  std::string prefix = Prefix(latin, kPrefixLetters, &length);
  // c as k: Greek and Cyrillic have one letter (κ, к) for both, so "Κάντιντ", "Кандид" and
  // "Candide" share "~kandi".
  std::replace(prefix.begin(), prefix.end(), 'c', 'k');
  if (length >= kMinCognateLetters) return "~" + prefix;
  if (!first && length >= 2 && IsCapitalised(token.text)) return "=" + latin;
  return "";
}

bool TermAt(const std::vector<std::string_view>& folded, std::size_t at,
            const std::vector<std::string>& term) {
  if (term.empty() || at + term.size() > folded.size()) return false;
  for (std::size_t k = 0; k < term.size(); ++k) {
    if (folded[at + k] != term[k]) return false;
  }
  return true;
}

std::vector<std::string> FoldTerm(const std::string& term) {
  std::vector<std::string> folded;
  for (const Token& t : Tokenize(term)) folded.push_back(FoldForMatch(t.text));
  return folded;
}

}  // namespace

LexiconSide FoldLexiconSide(const std::vector<std::string>& terms) {
  LexiconSide side;
  for (const std::string& term : terms) side.push_back({FoldTerm(term), side.size()});
  return side;
}

std::pair<LexiconSide, LexiconSide> FoldLexicon(
    const std::vector<std::pair<std::string, std::string>>& pairs) {
  std::map<std::vector<std::string>, std::size_t> src_ids;
  std::set<std::pair<std::vector<std::string>, std::size_t>> tgt_terms;
  LexiconSide src, tgt;
  for (const auto& [s, t] : pairs) {
    auto [it, added] = src_ids.emplace(FoldTerm(s), src_ids.size());
    if (added) src.push_back({it->first, it->second});
    if (tgt_terms.emplace(FoldTerm(t), it->second).second) tgt.push_back({FoldTerm(t), it->second});
  }
  return {std::move(src), std::move(tgt)};
}

std::vector<std::string> AnchorKeys(const std::vector<Token>& tokens, const LexiconSide& lexicon,
                                    const NumberWords& number_words,
                                    const std::vector<std::string>& turn_marks) {
  std::vector<std::string> keys;
  keys.reserve(tokens.size());
  if (OpensTurn(tokens, turn_marks)) keys.push_back("T");
  const bool heading = IsHeading(tokens);
  std::vector<std::string> folded;
  folded.reserve(tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    folded.push_back(FoldForMatch(tokens[i].text));
    std::string key = TokenKey(tokens[i], folded.back(), i == 0, heading, number_words);
    if (!key.empty()) keys.push_back(std::move(key));
  }
  AddLexiconKeys(std::vector<std::string_view>(folded.begin(), folded.end()), lexicon, &keys);
  return keys;
}

bool OpensTurn(const std::vector<Token>& tokens, const std::vector<std::string>& turn_marks) {
  return !tokens.empty() &&
         std::find(turn_marks.begin(), turn_marks.end(), tokens[0].text) != turn_marks.end();
}

bool IsHeading(const std::vector<Token>& tokens) {
  for (const Token& token : tokens) {
    if (token.kind != TokenKind::kWord) continue;
    int32_t i = 0;
    const int32_t size = static_cast<int32_t>(token.text.size());
    while (i < size) {
      UChar32 c;
      U8_NEXT(reinterpret_cast<const uint8_t*>(token.text.data()), i, size, c);
      if (u_islower(c)) return false;
    }
  }
  return true;
}

std::string TokenKey(const Token& token, const std::string& folded, bool first, bool heading,
                     const NumberWords& number_words) {
  if (token.kind == TokenKind::kNumber) return "#" + NumberKey(token.text);
  if (token.kind == TokenKind::kWord) return WordKey(token, folded, first, heading, number_words);
  return PunctKey(token.text);
}

void AddLexiconKeys(const std::vector<std::string_view>& folded, const LexiconSide& lexicon,
                    std::vector<std::string>* keys) {
  for (const LexiconTerm& term : lexicon) {
    for (std::size_t at = 0; at < folded.size(); ++at) {
      if (TermAt(folded, at, term.words)) keys->push_back("L" + std::to_string(term.id));
    }
  }
}

}  // namespace talign

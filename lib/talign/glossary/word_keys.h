// Match keys of words: the glossary matcher's notion of "the same word".
//
//   WordKeysOptions options;  options.fold_accents = true;
//   WordKeys fr(fr_resources, options);  // a LanguageResources for fr
//   fr.KeysOf(token)                  // keys of a text token: stems, lemmas, exact forms
//   fr.PatternKeys(token, KeyKind::kInflected)  // keys a glossary word accepts
//   // A token matches a glossary word when the two key lists share a key.
//
// Keys carry a one-letter prefix naming their kind, so kinds never collide:
//   's' stem, case-folded ("talibane" → "staliban"; Hunspell lemmas add more: travaux → travail)
//   'S' stem, case kept    ("Talibans" → "STaliban")
//   'w' word, case-folded  ("Doha" → "wdoha")
//   'W' word as written    ("Doha" → "WDoha")
// A word in capitals also has the case-kept keys of its title case ("TALIBAN" → "WTaliban").
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "talign/text/language_resources.h"
#include "talign/text/stemmer.h"
#include "talign/text/tokenizer.h"

namespace talign {

struct WordKeysOptions {
  // fold_accents (false): keys ignore accents ("trève" = "trêve"); SPEC asks it of source forms.
  bool fold_accents = false;
};

// What a glossary word requires of a text word.
enum class KeyKind {
  kInflected,               // same stem, any case (function words: same word, any case)
  kInflectedCaseSensitive,  // same stem, same case (function words: same word, same case)
  kExact,                   // same word, any case
  kExactCaseSensitive,      // same word, same case
};

// Keys are Snowball stems, plus those of Hunspell's lemmas when the language has a
// dictionary (they catch forms Snowball misses: travaux → travail). Function words
// (function_words.txt) are matched as words, never stemmed.
// Not copyable; not thread-safe: caches keys per word and holds a Stemmer. Keeps a
// reference to `resources`, which must outlive it.
class WordKeys {
 public:
  WordKeys(const LanguageResources& resources, const WordKeysOptions& options);
  ~WordKeys();
  WordKeys(const WordKeys&) = delete;
  WordKeys& operator=(const WordKeys&) = delete;

  // Every key of a text token, sorted. The reference stays valid while this object lives.
  const std::vector<std::string>& KeysOf(const Token& token) const;
  // The keys a glossary word of kind `kind` accepts, sorted.
  std::vector<std::string> PatternKeys(const Token& token, KeyKind kind) const;

 private:
  std::vector<std::string> Stems(std::string_view word, bool keep_case) const;
  std::string Fold(std::string_view text) const;
  bool IsFunctionWord(std::string_view folded) const;

  const LanguageResources& resources_;
  WordKeysOptions options_;
  Stemmer stemmer_;
  mutable std::unordered_map<std::string, std::vector<std::string>> cache_;
};

// True when two sorted key lists share a key.
bool SharesKey(const std::vector<std::string>& a, const std::vector<std::string>& b);

}  // namespace talign

// Match keys of words: the glossary matcher's notion of "the same word".
//
//   WordKeysOptions options;  options.fold_accents = true;
//   WordKeys fr(fr_resources, options);  // a LanguageResources for fr
//   fr.KeysOf(token)                  // keys of a text token: stems, lemmas, exact forms
//   fr.PatternKeys(token, KeyKind::kInflected)  // keys a glossary word accepts
//   // A token matches a glossary word when the two key lists share a key.
//
// Keys are handed out as small integers (KeyId), one per distinct key string of this
// WordKeys, so that matching compares and indexes integers. The strings carry a one-letter
// prefix naming their kind, so kinds never collide:
//   's' stem, case-folded ("talibane" → "staliban"; Hunspell lemmas add more: travaux → travail)
//   'S' stem, case kept    ("Talibans" → "STaliban")
//   'w' word, case-folded  ("Doha" → "wdoha")
//   'W' word as written    ("Doha" → "WDoha")
// A word in capitals also has the case-kept keys of its title case ("TALIBAN" → "WTaliban").
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "talign/text/language_resources.h"
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

using KeyId = std::uint32_t;
using KeyList = std::vector<KeyId>;  // sorted, no repeats

// Keys are Snowball stems, plus those of Hunspell's lemmas when the language has a
// dictionary (they catch forms Snowball misses: travaux → travail). Function words
// (function_words.txt) are matched as words, never stemmed.
// Not copyable; not thread-safe: caches keys per text word. Stems come from the resources'
// shared stemmer (each word is stemmed once, for text and glossary alike). Keeps a reference
// to `resources`, which must outlive it.
class WordKeys {
 public:
  WordKeys(const LanguageResources& resources, const WordKeysOptions& options);
  ~WordKeys();
  WordKeys(const WordKeys&) = delete;
  WordKeys& operator=(const WordKeys&) = delete;

  // Every key of a text token. The reference stays valid while this object lives.
  const KeyList& KeysOf(const Token& token) const;
  // The keys a glossary word of kind `kind` accepts.
  KeyList PatternKeys(const Token& token, KeyKind kind) const;

 private:
  KeyId Intern(std::string key) const;
  KeyList Stems(std::string_view word, bool keep_case) const;
  std::string Fold(std::string_view text) const;
  bool IsFunctionWord(std::string_view folded) const;

  const LanguageResources& resources_;
  WordKeysOptions options_;
  mutable std::unordered_map<std::string, KeyId> ids_;
  // KeysOf's cache, looked up once per text token: keyed by views of words_.
  mutable std::deque<std::string> words_;
  mutable std::unordered_map<std::string_view, KeyList> keys_;
};

// True when two key lists share a key.
bool SharesKey(const KeyList& a, const KeyList& b);

}  // namespace talign

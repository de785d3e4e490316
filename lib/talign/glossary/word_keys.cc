#include "talign/glossary/word_keys.h"

#include <algorithm>

#include "talign/text/normalizer.h"

namespace talign {
namespace {

void SortUnique(KeyList& keys) {
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
}

void Append(KeyList& keys, const KeyList& more) {
  keys.insert(keys.end(), more.begin(), more.end());
}

}  // namespace

WordKeys::WordKeys(const LanguageResources& resources, const WordKeysOptions& options)
    : resources_(resources), options_(options) {}

WordKeys::~WordKeys() = default;

KeyId WordKeys::Intern(std::string key) const {
  auto it = ids_.find(key);  // before emplace, which would allocate a node for a known key
  if (it == ids_.end()) it = ids_.emplace(std::move(key), static_cast<KeyId>(ids_.size())).first;
  return it->second;
}

std::string WordKeys::Fold(std::string_view text) const {
  return options_.fold_accents ? FoldForMatch(text) : FoldCase(text);
}

bool WordKeys::IsFunctionWord(std::string_view folded) const {
  return resources_.FunctionWords().count(FoldForMatch(folded)) > 0;
}

// Snowball stems of the word and of its Hunspell lemmas, as 's' (or 'S': case kept) keys.
KeyList WordKeys::Stems(std::string_view word, bool keep_case) const {
  std::vector<std::string> forms = {std::string(word)};
  if (const HunspellDictionary* hunspell = resources_.hunspell(); hunspell && !keep_case) {
    for (std::string& lemma : hunspell->Stem(word)) forms.push_back(std::move(lemma));
  }
  KeyList keys;
  for (const std::string& form : forms) {
    std::string stem = resources_.stemmer().Stem(keep_case ? form : FoldCase(form));
    // Case-kept keys serve case-sensitive targets only, which never fold accents.
    if (options_.fold_accents && !keep_case) stem = FoldForMatch(stem);
    keys.push_back(Intern((keep_case ? "S" : "s") + stem));
  }
  SortUnique(keys);
  return keys;
}

const KeyList& WordKeys::KeysOf(const Token& token) const {
  auto it = keys_.find(token.text);
  if (it != keys_.end()) return it->second;
  KeyList keys = {Intern("w" + Fold(token.text))};
  if (token.kind == TokenKind::kWord) {
    keys.push_back(Intern("W" + std::string(token.text)));
    Append(keys, Stems(token.text, false));
    Append(keys, Stems(token.text, true));
    // Capitals hide the case a case-sensitive entry asks for: take the title case.
    if (std::string title = TitleCaseOfCapitals(token.text); !title.empty()) {
      keys.push_back(Intern("W" + title));
      Append(keys, Stems(title, true));
    }
  }
  SortUnique(keys);
  const std::string& word = words_.emplace_back(token.text);
  return keys_.emplace(word, std::move(keys)).first->second;
}

KeyList WordKeys::PatternKeys(const Token& token, KeyKind kind) const {
  bool case_sensitive =
      kind == KeyKind::kInflectedCaseSensitive || kind == KeyKind::kExactCaseSensitive;
  bool inflected = kind == KeyKind::kInflected || kind == KeyKind::kInflectedCaseSensitive;
  if (token.kind != TokenKind::kWord) return {Intern("w" + Fold(token.text))};  // numbers, punct
  if (inflected && !IsFunctionWord(token.text)) return Stems(token.text, case_sensitive);
  return {Intern(case_sensitive ? "W" + std::string(token.text) : "w" + Fold(token.text))};
}

bool SharesKey(const KeyList& a, const KeyList& b) {
  auto i = a.begin();
  auto j = b.begin();
  while (i != a.end() && j != b.end()) {
    if (*i == *j) return true;
    (*i < *j) ? ++i : ++j;
  }
  return false;
}

}  // namespace talign

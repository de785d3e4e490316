#include "talign/glossary/word_keys.h"

#include <algorithm>

#include "talign/text/normalizer.h"

namespace talign {
namespace {

void SortUnique(std::vector<std::string>& keys) {
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
}

}  // namespace

WordKeys::WordKeys(const LanguageResources& resources, const WordKeysOptions& options)
    : resources_(resources), options_(options), stemmer_(resources.NewStemmer()) {}

WordKeys::~WordKeys() = default;

std::string WordKeys::Fold(std::string_view text) const {
  return options_.fold_accents ? FoldForMatch(text) : FoldCase(text);
}

bool WordKeys::IsFunctionWord(std::string_view folded) const {
  return resources_.FunctionWords().count(FoldForMatch(folded)) > 0;
}

// Snowball stems of the word and of its Hunspell lemmas, as 's' (or 'S': case kept) keys.
std::vector<std::string> WordKeys::Stems(std::string_view word, bool keep_case) const {
  std::vector<std::string> forms = {std::string(word)};
  if (const HunspellDictionary* hunspell = resources_.hunspell(); hunspell && !keep_case) {
    for (std::string& lemma : hunspell->Stem(word)) forms.push_back(std::move(lemma));
  }
  std::vector<std::string> keys;
  for (const std::string& form : forms) {
    std::string stem = stemmer_.Stem(keep_case ? form : FoldCase(form));
    // Case-kept keys serve case-sensitive targets only, which never fold accents.
    if (options_.fold_accents && !keep_case) stem = FoldForMatch(stem);
    keys.push_back((keep_case ? "S" : "s") + stem);
  }
  return keys;
}

const std::vector<std::string>& WordKeys::KeysOf(const Token& token) const {
  auto it = cache_.find(std::string(token.text));
  if (it != cache_.end()) return it->second;
  std::vector<std::string> keys = {"w" + Fold(token.text)};
  if (token.kind == TokenKind::kWord) {
    keys.push_back("W" + std::string(token.text));
    for (std::string& key : Stems(token.text, false)) keys.push_back(std::move(key));
    for (std::string& key : Stems(token.text, true)) keys.push_back(std::move(key));
    // Capitals hide the case a case-sensitive entry asks for: take the title case.
    if (std::string title = TitleCaseOfCapitals(token.text); !title.empty()) {
      keys.push_back("W" + title);
      for (std::string& key : Stems(title, true)) keys.push_back(std::move(key));
    }
  }
  SortUnique(keys);
  return cache_.emplace(std::string(token.text), std::move(keys)).first->second;
}

std::vector<std::string> WordKeys::PatternKeys(const Token& token, KeyKind kind) const {
  bool case_sensitive =
      kind == KeyKind::kInflectedCaseSensitive || kind == KeyKind::kExactCaseSensitive;
  bool inflected = kind == KeyKind::kInflected || kind == KeyKind::kInflectedCaseSensitive;
  if (token.kind != TokenKind::kWord) return {"w" + Fold(token.text)};  // numbers, punctuation
  std::vector<std::string> keys;
  if (inflected && !IsFunctionWord(token.text)) {
    keys = Stems(token.text, case_sensitive);
  } else {
    keys = {case_sensitive ? "W" + std::string(token.text) : "w" + Fold(token.text)};
  }
  SortUnique(keys);
  return keys;
}

bool SharesKey(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  auto i = a.begin();
  auto j = b.begin();
  while (i != a.end() && j != b.end()) {
    if (*i == *j) return true;
    (*i < *j) ? ++i : ++j;
  }
  return false;
}

}  // namespace talign

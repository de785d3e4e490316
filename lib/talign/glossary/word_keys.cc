#include "talign/glossary/word_keys.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <hunspell.hxx>
#include <set>

#include "talign/text/normalizer.h"

namespace talign {
namespace {

// Words a multi-word term names exactly: "accord de Doha" must not match "accord des Doha",
// and stems of such short words collide. Folded spellings, per BCP 47 primary subtag.
const std::set<std::string, std::less<>>& FunctionWords(const std::string& code) {
  static const auto* table =
      new std::unordered_map<std::string, std::set<std::string, std::less<>>>{
          {"fr", {"a",  "au",  "aux", "d",   "de",   "des", "du", "en",  "et",   "l",   "la",
                  "le", "les", "ou",  "par", "pour", "sur", "un", "une", "dans", "avec"}},
          {"en",
           {"a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to",
            "with"}},
      };
  static const std::set<std::string, std::less<>> kNone;
  auto it = table->find(code);
  return it == table->end() ? kNone : it->second;
}

// Hunspell names some dictionaries by region only (en_US); the rest by language.
constexpr std::array<std::pair<std::string_view, std::string_view>, 1> kHunspellNames = {{
    {"en", "en_US"},
}};

// Longer tokens are URLs or junk: Hunspell's affix search on them is wasted time.
constexpr std::size_t kMaxLemmatizedBytes = 64;

std::unique_ptr<Hunspell> OpenHunspell(const std::string& dir, const std::string& code) {
  if (dir.empty()) return nullptr;
  std::string name = code;
  for (const auto& [lang, dictionary] : kHunspellNames) {
    if (code == lang) name = dictionary;
  }
  std::string base = dir + "/" + name;
  if (!std::filesystem::exists(base + ".aff") || !std::filesystem::exists(base + ".dic"))
    return nullptr;
  auto hunspell = std::make_unique<Hunspell>((base + ".aff").c_str(), (base + ".dic").c_str());
  // Our text is UTF-8; a dictionary in a legacy charset would see garbled words.
  if (hunspell->get_dict_encoding() != "UTF-8") return nullptr;
  return hunspell;
}

void SortUnique(std::vector<std::string>& keys) {
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
}

}  // namespace

WordKeys::WordKeys(const Language& language, const WordKeysOptions& options)
    : language_code_(language.code()),
      options_(options),
      stemmer_(language),
      hunspell_(OpenHunspell(options.hunspell_dir, language.code())) {}

WordKeys::~WordKeys() = default;

std::string WordKeys::Fold(std::string_view text) const {
  return options_.fold_accents ? FoldForMatch(text) : FoldCase(text);
}

bool WordKeys::IsFunctionWord(std::string_view folded) const {
  return FunctionWords(language_code_).count(FoldForMatch(folded)) > 0;
}

// Snowball stems of the word and of its Hunspell lemmas, as 's' (or 'S': case kept) keys.
std::vector<std::string> WordKeys::Stems(std::string_view word, bool keep_case) const {
  std::vector<std::string> forms = {std::string(word)};
  if (hunspell_ && !keep_case && word.size() <= kMaxLemmatizedBytes) {
    for (const std::string& lemma : hunspell_->stem(std::string(word))) forms.push_back(lemma);
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

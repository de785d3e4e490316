#include "talign/text/language_resources.h"

#include "talign/text/embedded_language_data.h"
#include "talign/text/normalizer.h"

namespace talign {
namespace {

FoldedWords Folded(const std::vector<std::string>& words) {
  FoldedWords folded;
  for (const std::string& word : words) folded.insert(FoldForMatch(word));
  return folded;
}

}  // namespace

std::vector<FurnitureItem> FurnitureItems(const std::vector<std::string>& entries) {
  constexpr std::string_view kTitleMark = "…";
  std::vector<FurnitureItem> items;
  for (std::string_view entry : entries) {
    bool takes_title = entry.size() >= kTitleMark.size() &&
                       entry.substr(entry.size() - kTitleMark.size()) == kTitleMark;
    if (takes_title) entry.remove_suffix(kTitleMark.size());
    items.push_back({FoldForMatch(entry), takes_title});
  }
  return items;
}

std::vector<std::string> EmbeddedList(std::string_view name) {
  const std::string suffix = "/" + std::string(name) + ".txt";
  std::vector<std::string> entries;
  for (const EmbeddedFile& file : EmbeddedLanguageData()) {
    std::string_view path = file.path;
    if (path.size() < suffix.size() || path.substr(path.size() - suffix.size()) != suffix) {
      continue;
    }
    std::vector<std::string> list =
        ParseWordList(file.contents, "data/languages/" + std::string(path));
    entries.insert(entries.end(), list.begin(), list.end());
  }
  return entries;
}

LanguageResources::LanguageResources(const Language& language, const ResourcePaths& paths)
    : language_(language), paths_(paths) {
  const std::string folder = language.code() + "/";
  for (const EmbeddedFile& file : EmbeddedLanguageData()) {
    if (file.path.substr(0, folder.size()) != folder) continue;
    has_data_ = true;
    std::string_view name = file.path.substr(folder.size());
    std::string where = "data/languages/" + std::string(file.path);
    std::string_view stem = name.substr(0, name.rfind('.'));
    if (name == "settings.tsv") {
      settings_ = ParseSettings(file.contents, where);
    } else if (name.substr(stem.size()) == ".txt") {
      lists_.emplace(stem, ParseWordList(file.contents, where));
    } else {
      tables_.emplace(stem, ParseTable(file.contents, where));
    }
  }
  function_words_ = Folded(List("function_words"));
  stop_words_ = function_words_;
  for (const std::string& word : List("stop_words")) stop_words_.insert(FoldForMatch(word));
  furniture_ = FurnitureItems(List("furniture"));
  stemmer_ = std::make_unique<CachedStemmer>(NewStemmer());
}

LanguageResources::~LanguageResources() = default;

const std::vector<std::string>& LanguageResources::List(std::string_view name) const {
  static const std::vector<std::string> kNone;
  auto it = lists_.find(name);
  return it == lists_.end() ? kNone : it->second;
}

const std::vector<std::vector<std::string>>& LanguageResources::Table(std::string_view name) const {
  static const std::vector<std::vector<std::string>> kNone;
  auto it = tables_.find(name);
  return it == tables_.end() ? kNone : it->second;
}

std::string_view LanguageResources::Setting(std::string_view key) const {
  auto it = settings_.find(key);
  return it == settings_.end() ? std::string_view() : std::string_view(it->second);
}

const HunspellDictionary* LanguageResources::hunspell() const {
  std::call_once(hunspell_once_, [this] {
    hunspell_ = HunspellDictionary::Open(paths_.hunspell_dir, std::string(Setting("hunspell")));
  });
  return hunspell_.get();
}

}  // namespace talign

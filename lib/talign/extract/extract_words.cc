#include "talign/extract/extract_words.h"

#include "talign/text/normalizer.h"

namespace talign {
namespace {

FoldedWords Folded(const std::vector<std::string>& list) {
  FoldedWords words;
  for (const std::string& word : list) words.insert(FoldForMatch(word));
  return words;
}

}  // namespace

ExtractWords::ExtractWords(const LanguageResources& resources)
    : connectors(Folded(resources.List("extract_connectors"))),
      articles(Folded(resources.List("extract_articles"))),
      calendar(Folded(resources.List("extract_calendar"))) {
  for (const std::string& tag : resources.List("extract_plural_tags")) plural_tags.insert(tag);
  for (const std::vector<std::string>& row : resources.Table("extract_plural_suffixes")) {
    if (!row.empty()) plural_suffixes.emplace_back(row[0], row.size() > 1 ? row[1] : "");
  }
  for (const std::vector<std::string>& row : resources.Table("extract_irregular_plurals")) {
    if (row.size() == 2) irregular_plurals.emplace(row[0], row[1]);
  }
  for (const std::vector<std::string>& row : resources.Table("extract_settings")) {
    if (row.size() == 2 && row[0] == "lower_capitals") lower_capitals = row[1] == "yes";
  }
}

}  // namespace talign

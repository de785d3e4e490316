#include "talign/text/language_data.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "talign/base/error.h"

namespace talign {
namespace {

using ::testing::ElementsAre;

TEST(LanguageData, WordListSkipsCommentsAndBlanks) {
  EXPECT_THAT(ParseWordList("# articles\nle\n\n  la \t# feminine\nC#\n", "fr/x.txt"),
              ElementsAre("le", "la", "C#"));
}

TEST(LanguageData, TableSplitsOnTabs) {
  EXPECT_THAT(ParseTable("Mme\tMadame # title\r\nM.\tMonsieur\n", "fr/x.tsv"),
              ElementsAre(ElementsAre("Mme", "Madame"), ElementsAre("M.", "Monsieur")));
}

TEST(LanguageData, SettingsMapKeysToValues) {
  Settings settings = ParseSettings("# fr\nsnowball\tfrench\nhunspell\tfr_FR\n", "fr/s.tsv");
  EXPECT_EQ(settings.at("snowball"), "french");
  EXPECT_EQ(settings.at("hunspell"), "fr_FR");
}

// Each fault is reported at its file and line.
TEST(LanguageData, FaultsNameFileAndLine) {
  struct Case {
    const char* name;
    std::string text;
    int parser;  // 0 word list, 1 table, 2 settings
    std::size_t line;
    const char* message;
  };
  const Case cases[] = {
      {"tab in a word list", "le\n# x\nla\tthe\n", 0, 3, "a tab in a word list (tables are .tsv)"},
      {"not UTF-8", "le\nd\xe9j\xe0\n", 0, 2, "not UTF-8"},
      {"stray tab", "a\tb\na\t\tb\n", 1, 2, "empty column 2"},
      {"trailing tab", "a\tb\t\n", 1, 1, "empty column 3"},
      {"no value", "snowball\tfrench\nhunspell\n", 2, 2, "expected `key<TAB>value`"},
      {"three columns", "snowball\tfrench\tx\n", 2, 1, "expected `key<TAB>value`"},
      {"twice", "snowball\tfrench\n\nsnowball\tenglish\n", 2, 3, "`snowball` set twice"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    try {
      if (c.parser == 0) ParseWordList(c.text, "data/languages/fr/x");
      if (c.parser == 1) ParseTable(c.text, "data/languages/fr/x");
      if (c.parser == 2) ParseSettings(c.text, "data/languages/fr/x");
      ADD_FAILURE() << "no error";
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::kData);
      EXPECT_EQ(e.where().file, "data/languages/fr/x");
      EXPECT_EQ(e.where().line, c.line);
      EXPECT_EQ(e.message(), c.message);
    }
  }
}

}  // namespace
}  // namespace talign

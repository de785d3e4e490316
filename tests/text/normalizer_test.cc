// FoldForMatch(), FoldCase() and TitleCaseOfCapitals(): what matching treats as the same word.
#include "talign/text/normalizer.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "test_util/test_data.h"

namespace talign {
namespace {

struct FoldCase_ {
  std::string text;
  std::string folded;
};

TEST(FoldForMatch, Table) {
  const FoldCase_ cases[] = {
      {"États-Unis", "etats-unis"},
      {"l’Accord", "l'accord"},
      {"lʼaccord", "l'accord"},
      {"TALIBANS", "talibans"},
      {"réélection, trêve, Kaboul", "reelection, treve, kaboul"},
      {"e\u0301te\u0301", "ete"},             // decomposed accents
      {"ﬁn de la trêve", "fin de la treve"},  // ligature (compatibility form)
      {"Straße", "strasse"},                  // full case folding
      {"5\u00A0000", "5 000"},                // NBSP is a compatibility space
      {"Œuvre", "œuvre"},                     // Œ is a letter, not e + accent
      {"«Guten Tag»", "«guten tag»"},         // guillemets are kept
      {"„Ja“, “Yes”", "„ja“, “yes”"},         // so are the other quotes
      {"1914–1918 — Ende", "1914–1918 — ende"},
      {"Warte…", "warte..."},  // compatibility forms: ellipsis, fraction
      {"½ l", "1⁄2 l"},
      {"20 °C", "20 °c"},
      {"5 000 €", "5 000 €"},  // narrow NBSP
      {"10 µm", "10 μm"},      // micro sign → Greek mu
      {"", ""},
  };
  for (const FoldCase_& c : cases) {
    SCOPED_TRACE(c.text);
    EXPECT_EQ(FoldForMatch(c.text), c.folded);
  }
}

std::string Utf8(char32_t c) {
  if (c < 0x800) return {static_cast<char>(0xC0 | c >> 6), static_cast<char>(0x80 | (c & 0x3F))};
  return {static_cast<char>(0xE0 | c >> 12), static_cast<char>(0x80 | (c >> 6 & 0x3F)),
          static_cast<char>(0x80 | (c & 0x3F))};
}

// FoldForMatch folds most text by a table taken from FoldForMatchIcu one character at a
// time: the two must agree with the character between letters and before a combining
// accent, and on ill-formed bytes.
TEST(FoldForMatch, EqualsIcuAroundEveryCharacterOfItsTable) {
  std::vector<std::string> texts = {"\xC3", "a\xC3(b", "\xE2\x80", "\xC0\xAF", "\xE2\x80\xFF"};
  for (char32_t c = 0x80; c < 0x800; ++c) texts.push_back("A" + Utf8(c) + "b\u0301");
  for (char32_t c = 0x2000; c < 0x2100; ++c) texts.push_back("A" + Utf8(c) + "b\u0301");
  for (const std::string& text : texts) {
    SCOPED_TRACE(text);
    EXPECT_EQ(FoldForMatch(text), FoldForMatchIcu(text));
  }
}

// Real dev text, line by line and word by word: quotes, dashes, accents, NBSP, Czech names.
TEST(FoldForMatch, EqualsIcuOnDevText) {
  const char* const files[] = {"data/textberg-dev/dev.de", "data/textberg-dev/dev.fr",
                               "data/news-fr-en-dev/newstest2013.fr",
                               "data/news-fr-en-dev/newstest2013.en"};
  for (const char* file : files) {
    SCOPED_TRACE(file);
    std::string path = testing::SharedPath(file);
    if (!testing::Exists(path)) GTEST_SKIP() << "no dev data at " << path;
    std::istringstream lines(testing::ReadFile(path));
    int outside_ascii = 0;
    for (std::string line; std::getline(lines, line);) {
      SCOPED_TRACE(line);
      ASSERT_EQ(FoldForMatch(line), FoldForMatchIcu(line));
      std::istringstream words(line);
      for (std::string word; words >> word;) ASSERT_EQ(FoldForMatch(word), FoldForMatchIcu(word));
      outside_ascii += FoldForMatch(line) != LowerAscii(line) ? 1 : 0;
    }
    EXPECT_GT(outside_ascii, 20);  // the file does exercise the table
  }
}

TEST(FoldCase, KeepsAccents) {
  const FoldCase_ cases[] = {
      {"États-Unis", "états-unis"},
      {"TALIBANS", "talibans"},
      {"Straße", "strasse"},
      {"l’Accord", "l’accord"},
      {"", ""},
  };
  for (const FoldCase_& c : cases) {
    SCOPED_TRACE(c.text);
    EXPECT_EQ(FoldCase(c.text), c.folded);
  }
}

TEST(TitleCaseOfCapitals, OnlyWordsInCapitals) {
  const FoldCase_ cases[] = {
      {"TALIBAN", "Taliban"}, {"ÉTATS-UNIS", "États-unis"},
      {"ŒUVRE", "Œuvre"},     {"Taliban", ""},
      {"iPhone", ""},         {"A", ""},
      {"2020", ""},           {"", ""},
  };
  for (const FoldCase_& c : cases) {
    SCOPED_TRACE(c.text);
    EXPECT_EQ(TitleCaseOfCapitals(c.text), c.folded);
  }
}

}  // namespace
}  // namespace talign

#include "talign/align/number_key.h"

#include <gtest/gtest.h>

#include "talign/align/anchor_keys.h"
#include "test_util/language_resources.h"

namespace talign {
namespace {

struct Case {
  const char* number;
  const char* key;
};

const Case kCases[] = {
    {"5000", "5000"},
    {"5 000", "5000"},
    {"5\u00a0000", "5000"},
    {"5\u202f000", "5000"},
    {"5,000", "5000"},
    {"5.000", "5000"},
    {"200 000", "200000"},
    {"1,000,000", "1000000"},
    {"1.000.000", "1000000"},
    {"3,5", "3.5"},
    {"3.5", "3.5"},
    {"3,50", "3.5"},
    {"9,8", "9.8"},
    {"1,234.5", "1234.5"},
    {"1.234,5", "1234.5"},
    {"2011", "2011"},
    {"007", "7"},
    {"0,5", "0.5"},
};

TEST(NumberKeyTest, LocaleFormatsOfOneValueAgree) {
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.number);
    EXPECT_EQ(NumberKey(c.number), c.key);
  }
}

// Chapter and volume numbers as headings write them; anything else is a word.
const Case kRomanNumerals[] = {
    {"II", "2"},  {"IV", "4"},  {"VIII", "8"},      {"XVII", "17"}, {"XXI", "21"},
    {"XL", "40"}, {"XC", "90"}, {"CCCXCIX", "399"}, {"I", ""},      {"V", ""},
    {"C", ""},    {"IIII", ""}, {"VX", ""},         {"IC", ""},     {"xvii", ""},
    {"Xvii", ""}, {"LIVE", ""}, {"CIVIL", ""},      {"MCM", ""},    {"XVIIe", ""},
};

TEST(NumberKeyTest, RomanNumeralsHaveTheirValue) {
  for (const Case& c : kRomanNumerals) {
    SCOPED_TRACE(c.number);
    EXPECT_EQ(RomanNumeralKey(c.number), c.key);
  }
}

// Where a heading allows single letters, only those that number chapters.
TEST(NumberKeyTest, SingleLetterNumeralsOnlyWhenAllowed) {
  EXPECT_EQ(RomanNumeralKey("V", 1), "5");
  EXPECT_EQ(RomanNumeralKey("I", 1), "1");
  EXPECT_EQ(RomanNumeralKey("X", 1), "10");
  EXPECT_EQ(RomanNumeralKey("C", 1), "");
  EXPECT_EQ(RomanNumeralKey("L", 1), "");
  EXPECT_EQ(RomanNumeralKey("XIV", 1), "14");
  EXPECT_EQ(RomanNumeralKey("V"), "");
}

// Spelled-out chapter numbers of all-capitals headings, as the novels of the TransRead dev
// set write them (Jane Eyre, La Faute de l'abbé Mouret, Du côté de chez Swann, Candide), are
// number anchors; in running text, and articles that may count ("UN MOT"), they are not.
TEST(NumberKeyTest, NumberWordsOfHeadingsAreNumbers) {
  struct Row {
    const char* language;
    const char* segment;
    std::vector<std::string> numbers;
  };
  const Row kRows[] = {
      {"fr", "CHAPITRE PREMIER", {"#1"}},
      {"fr", "LIVRE PREMIER", {"#1"}},
      {"fr", "PREMIÈRE PARTIE", {"#1"}},
      {"fr", "LIVRE DEUXIÈME", {"#2"}},
      {"es", "CAPITULO PRIMERO .", {"#1"}},
      {"en", "BOOK THE SECOND", {"#2"}},
      {"en", "CHAPTER I", {"#1"}},
      {"fr", "UN MOT ÉCRIT SUR UNE PAGE BLANCHE", {}},
      {"fr", "Le premier jour , il vint .", {}},
      {"en", "The first day .", {}},
  };
  for (const Row& row : kRows) {
    SCOPED_TRACE(row.segment);
    const NumberWords words = StandaloneNumberWords(testing::Resources(row.language));
    std::vector<std::string> numbers;
    for (const std::string& key : AnchorKeys(Tokenize(row.segment), {}, words)) {
      if (IsNumberKey(key)) numbers.push_back(key);
    }
    EXPECT_EQ(numbers, row.numbers);
  }
}

}  // namespace
}  // namespace talign

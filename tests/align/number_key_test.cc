#include "talign/align/number_key.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace talign

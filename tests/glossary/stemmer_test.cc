#include "talign/text/stemmer.h"

#include <gtest/gtest.h>

namespace talign {
namespace {

struct StemCase {
  const char* lang;
  const char* word;
  const char* stem;
};

// Snowball's stems for forms from the seed story.
const StemCase kStemCases[] = {
    {"fr", "talibans", "taliban"},
    {"fr", "talibane", "taliban"},
    {"fr", "accords", "accord"},
    {"fr", "mollahs", "mollah"},
    {"en", "agreements", "agreement"},
    {"en", "withdrawals", "withdraw"},
    {"de", "Abkommen", "Abkomm"},
    {"fr-CA", "frappes", "frapp"},
    {"ja", "協定", "協定"},  // no Snowball stemmer: identity
};

TEST(StemmerTest, StemsKnownForms) {
  for (const StemCase& c : kStemCases) {
    SCOPED_TRACE(std::string(c.lang) + " " + c.word);
    Stemmer stemmer(Language::Parse(c.lang));
    EXPECT_EQ(stemmer.Stem(c.word), c.stem);
  }
}

TEST(StemmerTest, ReportsWhetherSnowballKnowsTheLanguage) {
  EXPECT_TRUE(Stemmer(Language::Parse("fr")).has_stemmer());
  EXPECT_TRUE(Stemmer(Language::Parse("nb")).has_stemmer());
  EXPECT_FALSE(Stemmer(Language::Parse("ja")).has_stemmer());
}

TEST(StemmerTest, EmptyWordStaysEmpty) { EXPECT_EQ(Stemmer(Language::Parse("fr")).Stem(""), ""); }

}  // namespace
}  // namespace talign

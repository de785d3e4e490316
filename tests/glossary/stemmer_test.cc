#include "talign/text/stemmer.h"

#include <gtest/gtest.h>

#include "talign/text/cached_stemmer.h"

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

// The cache answers as the Stemmer does, a word asked again included, and its answers stay
// put while more words are stemmed.
TEST(CachedStemmerTest, AnswersAsTheStemmer) {
  for (const StemCase& c : kStemCases) {
    SCOPED_TRACE(std::string(c.lang) + " " + c.word);
    CachedStemmer stemmer(Stemmer{Language::Parse(c.lang)});
    const std::string& first = stemmer.Stem(c.word);
    for (const StemCase& other : kStemCases) stemmer.Stem(other.word);
    EXPECT_EQ(first, c.stem);
    EXPECT_EQ(&stemmer.Stem(c.word), &first);
  }
}

TEST(StemmerTest, EmptyWordStaysEmpty) { EXPECT_EQ(Stemmer(Language::Parse("fr")).Stem(""), ""); }

}  // namespace
}  // namespace talign

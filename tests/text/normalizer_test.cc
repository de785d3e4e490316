// FoldForMatch(), FoldCase() and TitleCaseOfCapitals(): what matching treats as the same word.
#include "talign/text/normalizer.h"

#include <gtest/gtest.h>

#include <string>

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
      {"", ""},
  };
  for (const FoldCase_& c : cases) {
    SCOPED_TRACE(c.text);
    EXPECT_EQ(FoldForMatch(c.text), c.folded);
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

// Line structure: the seed article segments the same whether its paragraphs are separated by
// blank lines, written one per line, or hard-wrapped; headlines on their own line stand alone.
#include <gtest/gtest.h>

#include "talign/text/line_structure.h"
#include "talign/text/segmenter.h"
#include "test_util/test_data.h"
#include "text/segment_cases.h"

namespace talign {
namespace {

using testing::ExpectSplits;
using testing::Texts;

// The paragraphs of `text` one per line, blank lines dropped.
std::string OnePerLine(const std::string& text) {
  std::string out;
  for (const std::string& line : testing::SplitLines(text)) {
    if (!line.empty()) out += line + "\n";
  }
  return out;
}

// `text` wrapped greedily at `width` bytes as an editor fills paragraphs; blank lines stay.
std::string Wrapped(const std::string& text, std::size_t width) {
  std::string out;
  for (const std::string& line : testing::SplitLines(text)) {
    std::size_t column = 0;
    for (std::size_t begin = 0; begin < line.size();) {
      std::size_t end = std::min(line.find(' ', begin), line.size());
      if (column > 0 && column + 1 + (end - begin) > width) {
        out += '\n';
        column = 0;
      } else if (column > 0) {
        out += ' ';
        ++column;
      }
      out.append(line, begin, end - begin);
      column += end - begin;
      begin = end + 1;
    }
    out += '\n';
  }
  return out;
}

struct Layout {
  const char* name;
  std::string (*make)(const std::string&);
  bool wrapped;
};

const Layout kLayouts[] = {
    {"blank lines", [](const std::string& t) { return t; }, false},
    {"one per line", OnePerLine, false},
    {"wrapped at 60", [](const std::string& t) { return Wrapped(t, 60); }, true},
    {"wrapped at 72", [](const std::string& t) { return Wrapped(t, 72); }, true},
    {"wrapped at 100", [](const std::string& t) { return Wrapped(t, 100); }, true},
};

void ExpectSeedInEveryLayout(const char* code, const std::string& stem) {
  Segmenter segmenter(LanguageResources(Language::Parse(code), {}));
  const std::string text = testing::ReadFile(testing::SourcePath(stem + ".txt"));
  const std::vector<std::string> gold =
      testing::SplitLines(testing::ReadFile(testing::SourcePath(stem + ".sentences")));
  for (const Layout& layout : kLayouts) {
    SCOPED_TRACE(layout.name);
    const std::string laid_out = layout.make(text);
    EXPECT_EQ(IsHardWrapped(laid_out, Lines(laid_out, {0, laid_out.size()})), layout.wrapped);
    EXPECT_EQ(Texts(segmenter.Split(laid_out, {})), gold);
  }
}

TEST(SegmenterLayout, FrenchSeedInEveryLayout) {
  ExpectSeedInEveryLayout("fr", "corpora/seed/article.fr");
}

TEST(SegmenterLayout, EnglishSeedInEveryLayout) {
  ExpectSeedInEveryLayout("en", "corpora/seed/article.en");
}

// One paragraph per line: each line stands alone, unless it stops mid-sentence and the next
// goes on in lower case.
TEST(SegmenterLayout, LineBreaksEndParagraphs) {
  Segmenter fr(LanguageResources(Language::Parse("fr"), {}));
  ExpectSplits(
      fr, {
              {"Publicité Lire la suite\nLe colonel Sonny Leggett a justifié les frappes.",
               {"Publicité Lire la suite", "Le colonel Sonny Leggett a justifié les frappes."}},
              {"Refus du président afghan\nDepuis quelques jours, les insurgés ont intensifié "
               "les attaques.",
               {"Refus du président afghan",
                "Depuis quelques jours, les insurgés ont intensifié les attaques."}},
              {"► À écouter : Un accord de paix en Afghanistan ?\nAux yeux des insurgés, "
               "c'était une condition.",
               {"► À écouter : Un accord de paix en Afghanistan ?",
                "Aux yeux des insurgés, c'était une condition."}},
              {"Le locataire de la Maison Blanche veut se dépêcher\nd'en finir.",
               {"Le locataire de la Maison Blanche veut se dépêcher d'en finir."}},
          });
  std::vector<Segment> s = fr.Split("Titre\nPremier paragraphe.\nSecond paragraphe.", {});
  ASSERT_EQ(s.size(), 3u);
  for (std::size_t i = 0; i < s.size(); ++i) EXPECT_EQ(s[i].paragraph, i);
}

// Hard-wrapped text: a line break before a capital inside a sentence is only a wrap.
TEST(SegmenterLayout, HardWrappedLinesJoin) {
  Segmenter en(LanguageResources(Language::Parse("en"), {}));
  const std::string text =
      "The Taliban had stepped up attacks against the Afghan security forces,\n"
      "ending a partial truce put in place a week before the signing of the\n"
      "deal with Washington. That deal includes a commitment by the government\n"
      "in Kabul to release 5,000 Taliban prisoners in exchange for 1,000\n"
      "captives.\n";
  EXPECT_TRUE(IsHardWrapped(text, Lines(text, {0, text.size()})));
  EXPECT_EQ(Texts(en.Split(text, {})),
            (std::vector<std::string>{
                "The Taliban had stepped up attacks against the Afghan security forces, ending a "
                "partial truce put in place a week before the signing of the deal with "
                "Washington.",
                "That deal includes a commitment by the government in Kabul to release 5,000 "
                "Taliban prisoners in exchange for 1,000 captives."}));
}

}  // namespace
}  // namespace talign

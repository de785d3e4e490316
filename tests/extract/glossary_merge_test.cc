#include "talign/extract/glossary_merge.h"

#include <gtest/gtest.h>

#include "talign/glossary/glossary_yaml.h"
#include "talign/text/segmenter.h"
#include "test_util/language_resources.h"
#include "test_util/test_data.h"

namespace talign {
namespace {

using testing::ReadFile;
using testing::SourcePath;

struct Extracted {
  std::unique_ptr<TermExtractor> extractor;
  std::vector<Candidate> candidates;
};

Extracted ExtractSeed() {
  Extracted e;
  e.extractor = std::make_unique<TermExtractor>(testing::Resources("fr"), testing::Resources("en"),
                                                ExtractOptions{});
  Segmenter fr(LanguageResources(Language::Parse("fr"), {}));
  Segmenter en(LanguageResources(Language::Parse("en"), {}));
  e.extractor->AddDocuments(fr.Split(ReadFile(SourcePath("corpora/seed/article.fr.txt")), {}),
                            en.Split(ReadFile(SourcePath("corpora/seed/article.en.txt")), {}));
  e.candidates = e.extractor->Finish();
  return e;
}

const Term* FindSource(const Glossary& g, const std::string& source) {
  for (const Term& t : g.terms) {
    if (t.sources[0] == source) return &t;
  }
  return nullptr;
}

TEST(GlossaryMergeTest, OutputLoadsBackWithStatistics) {
  Extracted e = ExtractSeed();
  Glossary out = BuildGlossary(e.candidates, nullptr, Language::Parse("fr"), Language::Parse("en"),
                               *e.extractor);
  Glossary back = ParseGlossary(SaveGlossary(out), "extracted.yaml");
  ASSERT_EQ(back.terms.size(), e.candidates.size());
  const Term* taliban = FindSource(back, "taliban");
  ASSERT_NE(taliban, nullptr);
  EXPECT_EQ(taliban->targets[0], "Taliban");
  EXPECT_TRUE(taliban->count.has_value());
  EXPECT_TRUE(taliban->score.has_value());
  EXPECT_FALSE(taliban->examples.empty());
  EXPECT_NE(taliban->note.find("corpus renderings (beads): Taliban "), std::string::npos);
}

TEST(GlossaryMergeTest, KeepsExistingEntriesAndAddsOnlyNewSources) {
  Glossary desk = LoadGlossary(SourcePath("glossary/news.fr-en.yaml"));
  Extracted e = ExtractSeed();
  Glossary out =
      BuildGlossary(e.candidates, &desk, desk.source_language, desk.target_language, *e.extractor);
  ASSERT_GT(out.terms.size(), desk.terms.size());
  for (std::size_t i = 0; i < desk.terms.size(); ++i) {
    SCOPED_TRACE(desk.terms[i].id);
    EXPECT_EQ(out.terms[i].id, desk.terms[i].id);
    EXPECT_EQ(out.terms[i].sources, desk.terms[i].sources);
    EXPECT_EQ(out.terms[i].targets, desk.terms[i].targets);
    EXPECT_EQ(out.terms[i].forbidden, desk.terms[i].forbidden);
  }
  // The seed's renderings agree with the desk: no note is added to these.
  EXPECT_EQ(out.terms[0].note, desk.terms[0].note);
  for (std::size_t i = desk.terms.size(); i < out.terms.size(); ++i) {
    EXPECT_NE(out.terms[i].sources[0], "taliban");
    EXPECT_NE(out.terms[i].sources[0], "porte-parole");
  }
  ParseGlossary(SaveGlossary(out), "merged.yaml");  // valid: unique ids, known keys
}

TEST(GlossaryMergeTest, MarksEntriesTheCorpusRendersOtherwise) {
  Glossary desk = ParseGlossary(
      "languages: {source: fr, target: en}\n"
      "terms:\n"
      "  - source: porte-parole\n"
      "    target: representative\n"
      "    note: Desk choice.\n",
      "desk.yaml");
  Extracted e = ExtractSeed();
  Glossary out =
      BuildGlossary(e.candidates, &desk, desk.source_language, desk.target_language, *e.extractor);
  EXPECT_EQ(out.terms[0].targets, std::vector<std::string>{"representative"});
  EXPECT_EQ(
      out.terms[0].note.rfind("Desk choice. extract: the corpus renders it as spokesman (", 0), 0u)
      << out.terms[0].note;
}

}  // namespace
}  // namespace talign

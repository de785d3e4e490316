// The seed corpus end to end through the binary: the gold segmentation, the alignment
// against the gold beads, and the check of the clean reference translation.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "run_talign.h"
#include "test_util/alignment_score.h"
#include "test_util/temp_dir.h"
#include "test_util/test_data.h"

namespace talign::testing {
namespace {

std::string Seed(const std::string& name) { return SourcePath("corpora/seed/" + name); }

const std::string kPair = Quote(Seed("article.fr.txt")) + " " + Quote(Seed("article.en.txt"));
const std::string kGlossary = " --glossary " + Quote(SourcePath("glossary/news.fr-en.yaml"));

TEST(SeedCorpus, SegmentsAsThePersonWhoMadeTheGold) {
  for (const char* lang : {"fr", "en"}) {
    SCOPED_TRACE(lang);
    Outcome run = RunTalign(std::string("segment --lang ") + lang + " " +
                            Quote(Seed(std::string("article.") + lang + ".txt")));
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(run.out, ReadFile(Seed(std::string("article.") + lang + ".sentences")));
  }
}

TEST(SeedCorpus, AlignsAsTheGold) {
  Outcome run = RunTalign("align " + kPair + kGlossary);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  AlignmentCounts counts;
  counts.Add(BeadsFromText(ReadFile(Seed("article.gold.beads"))).beads,
             BeadsFromText(run.out).beads);
  EXPECT_DOUBLE_EQ(counts.StrictF1(), 1.0) << run.out;
}

// A second, independent English translation, presegmented, with more than half of its beads
// not 1-1: merges of two and three sentences, splits, the furniture left out, a credit line
// added (corpora/README.md).
TEST(SeedCorpus, AlignsASecondTranslationAsItsGold) {
  Outcome run = RunTalign("align --presegmented " + Quote(Seed("article.fr.sentences")) + " " +
                          Quote(Seed("article.en2.sentences")));
  ASSERT_EQ(run.exit_code, 0) << run.err;
  AlignmentCounts counts;
  counts.Add(BeadsFromText(ReadFile(Seed("article.en2.gold.beads"))).beads,
             BeadsFromText(run.out).beads);
  EXPECT_DOUBLE_EQ(counts.StrictF1(), 1.0) << run.out;
}

TEST(SeedCorpus, CleanReferenceHasNoFindings) {
  for (const std::string& alignment :
       {std::string(), " --alignment " + Quote(Seed("article.gold.beads"))}) {
    SCOPED_TRACE(alignment);
    Outcome run = RunTalign("check " + kPair + kGlossary + alignment + " --format json");
    EXPECT_EQ(run.exit_code, 0) << run.err << run.out;
    auto report = nlohmann::json::parse(run.out);
    EXPECT_TRUE(report["findings"].empty()) << report.dump(1);
    EXPECT_EQ(report["summary"]["segments"]["source"], 22);
    EXPECT_EQ(report["summary"]["segments"]["target"], 21);
  }
}

TEST(SeedCorpus, PlantedGlossaryErrorsAreFoundAndSetTheExitCode) {
  TempDir dir;
  std::string en = ReadFile(Seed("article.en.txt"));
  const std::string mullah = "Mullah Abdul Ghani Baradar";
  ASSERT_NE(en.find(mullah), std::string::npos);
  en.replace(en.find(mullah), mullah.size(), "Mollah Abdul Ghani Baradar");
  WriteFile(dir.File("planted.en"), en);
  const std::string pair = Quote(Seed("article.fr.txt")) + " " + Quote(dir.File("planted.en"));

  Outcome run = RunTalign("check " + pair + kGlossary + " --format json");
  EXPECT_EQ(run.exit_code, 1) << run.err;
  auto findings = nlohmann::json::parse(run.out)["findings"];
  ASSERT_EQ(findings.size(), 1u) << findings.dump(1);
  EXPECT_EQ(findings[0]["check"], "term-forbidden");
  EXPECT_EQ(findings[0]["term"], "mollah");
  EXPECT_EQ(findings[0]["found"], "Mollah");
  EXPECT_EQ(RunTalign("check " + pair + kGlossary + " --fail-on never").exit_code, 0);
}

TEST(SeedCorpus, MisspeltGlossaryKeyIsADataErrorWithItsLine) {
  TempDir dir;
  WriteFile(
      dir.File("bad.yaml"),
      "languages: {source: fr, target: en}\nterms:\n  - source: taliban\n    targt: Taliban\n");
  Outcome run = RunTalign("check " + kPair + " --glossary " + Quote(dir.File("bad.yaml")));
  EXPECT_EQ(run.exit_code, 65);
  EXPECT_EQ(run.err.rfind("talign: " + dir.File("bad.yaml") + ":4:", 0), 0u) << run.err;
  EXPECT_NE(run.err.find("targt"), std::string::npos) << run.err;
}

}  // namespace
}  // namespace talign::testing

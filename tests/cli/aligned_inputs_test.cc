// Already-aligned inputs for check and extract: TMX and Moses files as talign writes them,
// and XLIFF as CAT tools write it.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "run_talign.h"
#include "test_util/temp_dir.h"
#include "test_util/test_data.h"

namespace talign::testing {
namespace {

const std::string kGlossary = " --glossary " + Quote(SourcePath("glossary/news.fr-en.yaml"));

class AlignedInputsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string pair = Quote(SourcePath("corpora/seed/article.fr.txt")) + " " +
                             Quote(SourcePath("corpora/seed/article.en.txt"));
    ASSERT_EQ(
        RunTalign("align " + pair + kGlossary + " --format tmx -o " + Quote(dir_.File("seed.tmx")))
            .exit_code,
        0);
    ASSERT_EQ(
        RunTalign("align " + pair + kGlossary + " --format moses -o " + Quote(dir_.File("seed")))
            .exit_code,
        0);
  }
  nlohmann::json Findings(const std::string& input_args, int expected_exit) {
    Outcome run = RunTalign("check " + input_args + kGlossary + " --format json");
    EXPECT_EQ(run.exit_code, expected_exit) << run.err << run.out;
    return run.exit_code <= 1 ? nlohmann::json::parse(run.out)["findings"] : nlohmann::json();
  }
  TempDir dir_;
};

TEST_F(AlignedInputsTest, TheSeedArticleAsTmxOrMosesFilesIsClean) {
  EXPECT_TRUE(Findings(Quote(dir_.File("seed.tmx")), 0).empty());
  EXPECT_TRUE(Findings("--moses " + Quote(dir_.File("seed")), 0).empty());
}

TEST_F(AlignedInputsTest, XliffUnitsAreCheckedOneBeadEach) {
  WriteFile(dir_.File("job.xlf"), R"(<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file source-language="fr" target-language="en" datatype="plaintext" original="article.txt"><body>
  <trans-unit id="1"><source>Un accord prévoit l'ouverture de négociations entre Kaboul et les talibans.</source>
   <target>The deal provides for negotiations between Kaboul and the Taliban.</target></trans-unit>
  <trans-unit id="2"><source>Au moins 20 soldats afghans ont été tués.</source>
   <target>At least 20 Afghan soldiers were killed.</target></trans-unit>
 </body></file>
</xliff>)");
  nlohmann::json findings = Findings(Quote(dir_.File("job.xlf")), 1);
  ASSERT_EQ(findings.size(), 1u) << findings.dump(1);
  EXPECT_EQ(findings[0]["check"], "term-forbidden");
  EXPECT_EQ(findings[0]["found"], "Kaboul");
  EXPECT_EQ(findings[0]["target_segments"], nlohmann::json::array({0}));
}

TEST_F(AlignedInputsTest, ExtractReadsTmxAndMosesFiles) {
  for (const std::string& input :
       {Quote(dir_.File("seed.tmx")), "--moses " + Quote(dir_.File("seed"))}) {
    SCOPED_TRACE(input);
    Outcome run = RunTalign("extract " + input + " -o " + Quote(dir_.File("terms.yaml")));
    ASSERT_EQ(run.exit_code, 0) << run.err;
    std::string yaml = ReadFile(dir_.File("terms.yaml"));
    EXPECT_NE(yaml.find("source: taliban"), std::string::npos) << yaml.substr(0, 2000);
    EXPECT_NE(yaml.find("Baradar"), std::string::npos);
  }
}

TEST_F(AlignedInputsTest, MosesFilesOfDifferentLengthsAreADataError) {
  WriteFile(dir_.File("bad.fr"), "Un.\nDeux.\n");
  WriteFile(dir_.File("bad.en"), "One.\n");
  Outcome run = RunTalign("check --moses " + Quote(dir_.File("bad")) + kGlossary);
  EXPECT_EQ(run.exit_code, 65);
  EXPECT_EQ(
      run.err.rfind("talign: " + dir_.File("bad.en") + ":1: parallel files differ in length", 0),
      0u)
      << run.err;
}

}  // namespace
}  // namespace talign::testing

#include "talign/report/findings_format.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "qa_test_util.h"
#include "talign/qa/check_registry.h"

namespace talign {
namespace {

using testing::BeadsFromText;
using testing::Segments;

// Two beads of the seed story, the second with SPEC's example fault planted.
class FindingsFormatTest : public ::testing::Test {
 protected:
  std::vector<Segment> src_ =
      Segments({"C'est la première frappe américaine depuis l'accord signé samedi.",
                "Ils exhortent les talibans à mettre fin à leurs « attaques inutiles »."});
  std::vector<Segment> tgt_ =
      Segments({"It was the first US strike since the agreement was signed on Saturday.",
                "They urge the Talibans to put an end to their \"needless attacks\"."});
  Alignment alignment_ = BeadsFromText("[0]:[0]\n[1]:[1]");
  CheckContext context_ =
      testing::WithLanguages({src_, tgt_, alignment_, &testing::DeskGlossary()});
  std::vector<Finding> findings_ = RunChecks(ParseChecks(""), context_);
  CheckSummary summary_ = Summarize(context_, findings_);
};

TEST_F(FindingsFormatTest, JsonHasSpecsShape) {
  std::ostringstream out;
  WriteFindingsJson(out, findings_, summary_);
  nlohmann::ordered_json json = nlohmann::ordered_json::parse(out.str());

  ASSERT_EQ(json["findings"].size(), 1u);
  const auto& finding = json["findings"][0];
  std::vector<std::string> keys;
  for (const auto& item : finding.items()) keys.push_back(item.key());
  EXPECT_EQ(keys,
            (std::vector<std::string>{"check", "severity", "source_segments", "target_segments",
                                      "term", "found", "expected", "message"}));
  EXPECT_EQ(finding["check"], "term-forbidden");
  EXPECT_EQ(finding["severity"], "error");
  EXPECT_EQ(finding["source_segments"], nlohmann::ordered_json::array({1}));
  EXPECT_EQ(finding["target_segments"], nlohmann::ordered_json::array({1}));
  EXPECT_EQ(finding["term"], "taliban");
  EXPECT_EQ(finding["found"], "Talibans");
  EXPECT_EQ(finding["expected"], nlohmann::ordered_json::array({"Taliban"}));

  EXPECT_EQ(json["summary"].dump(),
            R"({"segments":{"source":2,"target":2},"beads":2,"findings":{"error":1,"warning":0}})");
}

TEST_F(FindingsFormatTest, JsonOmitsWhatDoesNotApply) {
  Finding bare;
  bare.check = "omission";
  bare.source_segments = {3};
  bare.message = "source segment 3 has no translation";
  std::ostringstream out;
  WriteFindingsJson(out, {bare}, CheckSummary{});
  EXPECT_EQ(out.str(),
            R"({"findings":[{"check":"omission","severity":"error","source_segments":[3],)"
            R"("target_segments":[],"message":"source segment 3 has no translation"}],)"
            R"("summary":{"segments":{"source":0,"target":0},"beads":0,)"
            R"("findings":{"error":0,"warning":0}}})"
            "\n");
}

TEST_F(FindingsFormatTest, TextShowsSeverityCheckPlaceMessageAndSentences) {
  Corpus corpus;
  AppendPair(corpus, {"a.fr", "a.en"}, src_, tgt_, alignment_);
  CheckReport report = MakeCheckReport(corpus, {"term-forbidden"}, findings_, {});
  std::ostringstream out;
  WriteReportText(out, report);
  std::string text = out.str();
  EXPECT_EQ(text.rfind("error: term-forbidden at bead 1 (source 1; target 1) " +
                           report.fingerprints[0] + "\n",
                       0),
            0u)
      << text;
  for (const std::string& line : {
           // Backticks render as quotes: a reader sees text, not markup.
           std::string("  the translation uses “Talibans”, forbidden by glossary entry ") +
               "“taliban”",
           "  source 1: " + src_[1].text + "\n",
           "  target 1: " + tgt_[1].text + "\n",
           std::string("1 error, 0 warnings in 2 beads (2 source, 2 target segments)\n"),
       }) {
    EXPECT_NE(text.find(line), std::string::npos) << line;
  }
}

TEST_F(FindingsFormatTest, TextOfNoFindingsIsTheSummary) {
  Corpus corpus;
  AppendPair(corpus, {"a.fr", "a.en"}, {src_[0]}, {tgt_[0]}, BeadsFromText("[0]:[0]"));
  std::ostringstream out;
  WriteReportText(out, MakeCheckReport(corpus, {}, {}, {}));
  EXPECT_EQ(out.str(), "0 errors, 0 warnings in 1 bead (1 source, 1 target segments)\n");
}

}  // namespace
}  // namespace talign

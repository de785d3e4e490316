// `talign check` reports through the binary: fingerprints and --ignore, corpora given by
// --manifest or TMX with the consistency checks and the renderings table, the HTML page.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "run_talign.h"
#include "test_util/temp_dir.h"
#include "test_util/test_data.h"

namespace talign::testing {
namespace {

using Json = nlohmann::json;

std::string Seed(const std::string& name) { return SourcePath("corpora/seed/" + name); }
const std::string kGlossary = " --glossary " + Quote(SourcePath("glossary/news.fr-en.yaml"));

// The seed translation with two desk errors planted: the French spellings of mullah and Kabul.
std::string PlantedEnglish() {
  std::string en = ReadFile(Seed("article.en.txt"));
  for (const auto& [from, to] :
       {std::pair<std::string, std::string>{"Mullah Abdul", "Mollah Abdul"},
        {"between Kabul", "between Kaboul"}}) {
    std::size_t at = en.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    if (at != std::string::npos) en.replace(at, from.size(), to);
  }
  return en;
}

// A second article of the same week: one seed sentence translated another way, one English
// sentence of the seed given for another French sentence, and `frappe` as "airstrike".
const char* kWeekFr =
    "« Une excellente conversation », avait tweeté le président américain, qui avait aussi "
    "vanté son « excellente relation » avec le mollah Baradar.\n\n"
    "Le président américain a parlé de sa « très bonne relation » avec le mollah Baradar.\n\n"
    "C'est la deuxième frappe américaine en une semaine.\n";
const char* kWeekEn =
    "\"An excellent conversation,\" the American president had tweeted, also praising his "
    "\"excellent relationship\" with Mullah Baradar.\n\n"
    "Trump and Mullah Baradar: a \"very good relationship\"\n\n"
    "It was the second US airstrike in a week.\n";

class CheckReportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    WriteFile(dir_.File("planted.en"), PlantedEnglish());
    WriteFile(dir_.File("week.fr"), kWeekFr);
    WriteFile(dir_.File("week.en"), kWeekEn);
  }
  std::string PlantedPair() const {
    return Quote(Seed("article.fr.txt")) + " " + Quote(dir_.File("planted.en"));
  }
  Json CheckJson(const std::string& args, int expected_exit) {
    Outcome run = RunTalign("check " + args + kGlossary + " --format json");
    EXPECT_EQ(run.exit_code, expected_exit) << run.err;
    return run.exit_code == expected_exit ? Json::parse(run.out) : Json();
  }
  TempDir dir_;
};

TEST_F(CheckReportTest, FingerprintsSurviveEditsElsewhere) {
  Json before = CheckJson(PlantedPair(), 1);
  ASSERT_EQ(before["findings"].size(), 2u) << before.dump(1);
  // A new opening paragraph shifts every segment and bead index.
  WriteFile(dir_.File("shifted.fr"),
            "Nouvelle introduction.\n\n" + ReadFile(Seed("article.fr.txt")));
  WriteFile(dir_.File("shifted.en"), "New introduction.\n\n" + PlantedEnglish());
  Json after = CheckJson(Quote(dir_.File("shifted.fr")) + " " + Quote(dir_.File("shifted.en")), 1);
  ASSERT_EQ(after["findings"].size(), 2u) << after.dump(1);
  for (std::size_t i = 0; i < 2; ++i) {
    SCOPED_TRACE(i);
    const std::string fp = before["findings"][i]["fingerprint"];
    EXPECT_EQ(fp.size(), 16u);
    EXPECT_EQ(after["findings"][i]["fingerprint"], fp);
    EXPECT_NE(after["findings"][i]["source_segments"], before["findings"][i]["source_segments"]);
  }
  EXPECT_NE(before["findings"][0]["fingerprint"], before["findings"][1]["fingerprint"]);
}

TEST_F(CheckReportTest, IgnoreFileDropsReviewedFindings) {
  Json all = CheckJson(PlantedPair(), 1);
  ASSERT_EQ(all["findings"].size(), 2u);
  const std::string first = all["findings"][0]["fingerprint"];
  const std::string second = all["findings"][1]["fingerprint"];
  struct Case {
    std::string ignore_file;
    std::size_t left;
    int exit_code;
  } cases[] = {
      {"# reviewed 2020-03-05\n" + first + "\n", 1, 1},
      {first + "  # Mollah: quoted spelling\n\n" + second + "\n", 0, 0},
      {"", 2, 1},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.ignore_file);
    WriteFile(dir_.File("reviewed.ignore"), c.ignore_file);
    Json kept =
        CheckJson(PlantedPair() + " --ignore " + Quote(dir_.File("reviewed.ignore")), c.exit_code);
    EXPECT_EQ(kept["findings"].size(), c.left);
    EXPECT_EQ(kept["summary"].value("ignored", 0u), 2 - c.left);
  }
}

TEST_F(CheckReportTest, MalformedIgnoreLineIsDataErrorNamingFileAndLine) {
  WriteFile(dir_.File("bad.ignore"), "# ok\nforbidden form `Mollah`\n");
  Outcome run = RunTalign("check " + PlantedPair() + kGlossary + " --ignore " +
                          Quote(dir_.File("bad.ignore")));
  EXPECT_EQ(run.exit_code, 65);
  EXPECT_EQ(run.err.rfind("talign: " + dir_.File("bad.ignore") + ":2: ", 0), 0u) << run.err;
}

TEST_F(CheckReportTest, ManifestChecksConsistencyAcrossDocumentsWhenAsked) {
  WriteFile(dir_.File("week.manifest"), "# SRC\tTGT\n" + Seed("article.fr.txt") + "\t" +
                                            Seed("article.en.txt") + "\nweek.fr\tweek.en\n");
  Json within =
      CheckJson("--manifest " + Quote(dir_.File("week.manifest")) + " --fail-on never", 0);
  for (const Json& f : within["findings"]) {
    EXPECT_NE(f["check"].get<std::string>().rfind("inconsistent-", 0), 0u) << f.dump();
  }
  Json report = CheckJson(
      "--manifest " + Quote(dir_.File("week.manifest")) + " --consistency corpus --fail-on warning",
      1);
  std::map<std::string, std::vector<std::string>> found;  // check → "found" or expected[0]
  for (const Json& f : report["findings"]) {
    if (f["check"].get<std::string>().rfind("inconsistent-", 0) != 0) continue;
    EXPECT_EQ(f["severity"], "warning") << f.dump();
    EXPECT_EQ(f["document"], dir_.File("week.fr")) << f.dump();
    found[f["check"]].push_back(f.contains("found") ? f["found"] : f["expected"][0]);
  }
  EXPECT_EQ(found["inconsistent-translation"],
            (std::vector<std::string>{
                "\"An excellent conversation,\" the US president had tweeted, also touting his "
                "\"excellent relationship\" with Mullah Baradar."}));
  EXPECT_EQ(found["inconsistent-source"],
            (std::vector<std::string>{"« Très bonne relation » entre Trump et le mollah Baradar"}));
  bool frappe = false;
  for (const Json& row : report["renderings"]) {
    if (row["term"] != "frappe") continue;
    frappe = true;
    EXPECT_EQ(row["renderings"],
              Json::parse(R"([{"text":"strike","count":4},{"text":"airstrike","count":1}])"));
  }
  EXPECT_TRUE(frappe) << report["renderings"].dump(1);
}

TEST_F(CheckReportTest, MalformedManifestLineNamesFileAndLine) {
  WriteFile(dir_.File("bad.manifest"), "week.fr\tweek.en\nweek.fr week.en\n");
  Outcome run = RunTalign("check --manifest " + Quote(dir_.File("bad.manifest")) + kGlossary);
  EXPECT_EQ(run.exit_code, 65);
  EXPECT_EQ(run.err.rfind("talign: " + dir_.File("bad.manifest") + ":2: expected `SRC<TAB>TGT`", 0),
            0u)
      << run.err;
}

TEST_F(CheckReportTest, TmxIsACorpusOneBeadPerTu) {
  Outcome tmx = RunTalign("align --format tmx " + PlantedPair() + kGlossary);
  ASSERT_EQ(tmx.exit_code, 0) << tmx.err;
  WriteFile(dir_.File("planted.tmx"), tmx.out);
  Json report = CheckJson(Quote(dir_.File("planted.tmx")) + " --checks term-forbidden", 1);
  std::vector<std::string> found;
  for (const Json& f : report["findings"]) found.push_back(f["found"]);
  EXPECT_EQ(found, (std::vector<std::string>{"Kaboul", "Mollah"}));
  EXPECT_EQ(report["summary"]["beads"], 19);  // 20 beads less the 1-0 furniture bead
  EXPECT_FALSE(report["renderings"].empty());
}

TEST_F(CheckReportTest, TextReportShowsFingerprintsAndNoColourWhenNotATerminal) {
  Outcome run = RunTalign("check " + PlantedPair() + kGlossary + " --renderings");
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_EQ(run.out.find('\033'), std::string::npos);
  EXPECT_NE(run.out.find("error: term-forbidden at bead 11 (source 13; target 11) "),
            std::string::npos)
      << run.out;
  EXPECT_NE(run.out.find("  frappe → strike ×4\n"), std::string::npos) << run.out;
}

TEST_F(CheckReportTest, HtmlIsOnePageWithEverythingEscaped) {
  Outcome run = RunTalign("check " + PlantedPair() + kGlossary + " --format html");
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_EQ(run.out.rfind("<!DOCTYPE html>", 0), 0u);
  for (const char* absent : {"<script", "<link", "src=", "http://", "https://"}) {
    EXPECT_EQ(run.out.find(absent), std::string::npos) << absent;
  }
  EXPECT_NE(run.out.find("&quot;very good relationship&quot;"), std::string::npos);
}

}  // namespace
}  // namespace talign::testing

// The HTML report as a reviewer sees it: loaded in headless Chromium, asserted on the DOM
// the browser built, and photographed (html_report.png beside the test binary's working
// directory) for a look. Skipped where Debian's chromium is not installed
// (scripts/test.sh installs it: ./scripts/deps.sh --with-browser).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "run_talign.h"
#include "test_util/temp_dir.h"
#include "test_util/test_data.h"

namespace talign::testing {
namespace {

constexpr const char* kChromium = "/usr/bin/chromium";

std::string Seed(const std::string& name) { return SourcePath("corpora/seed/" + name); }

// No network, no profile, no first-run work: the page must stand alone.
std::string Chromium(const TempDir& dir, const std::string& action) {
  return std::string(kChromium) +
         " --headless --no-sandbox --disable-gpu --disable-background-networking"
         " --disable-component-update --disable-sync --no-first-run --user-data-dir=" +
         Quote(dir.File("profile")) + " " + action;
}

std::size_t Count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

class HtmlBrowserTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!Exists(kChromium))
      GTEST_SKIP() << kChromium << " is absent; ./scripts/deps.sh --with-browser";
    std::string en = ReadFile(Seed("article.en.txt"));
    en.replace(en.find("Mullah Abdul"), 6, "Mollah");
    en.replace(en.find("between Kabul"), 13, "between Kaboul");
    WriteFile(dir_.File("planted.en"), en);
    Outcome run =
        RunTalign("check " + Quote(Seed("article.fr.txt")) + " " + Quote(dir_.File("planted.en")) +
                  " --glossary " + Quote(SourcePath("glossary/news.fr-en.yaml")) +
                  " --renderings --format html -o " + Quote(dir_.File("report.html")));
    ASSERT_EQ(run.exit_code, 1) << run.err;
  }
  std::string Url() const { return "file://" + dir_.File("report.html"); }
  TempDir dir_;
};

TEST_F(HtmlBrowserTest, DomHasBothTextsFindingsAndHighlights) {
  const std::string dom_file = dir_.File("dom.html");
  ASSERT_EQ(std::system((Chromium(dir_, "--dump-dom " + Quote(Url())) + " >" + Quote(dom_file) +
                         " 2>/dev/null")
                            .c_str()),
            0);
  const std::string dom = ReadFile(dom_file);
  EXPECT_EQ(Count(dom, "<li id=\"f"), 2u) << dom.substr(0, 2000);
  EXPECT_EQ(Count(dom, "<tr id=\"b"), 20u);
  EXPECT_EQ(Count(dom, "<tr id=\"b8\" class=\"bead error\""), 1u);
  EXPECT_EQ(Count(dom, "<tr id=\"b11\" class=\"bead error\""), 1u);
  for (const char* marked : {">Kaboul</mark>", ">Mollah</mark>"}) {
    SCOPED_TRACE(marked);
    EXPECT_EQ(Count(dom, marked), 1u);
  }
  EXPECT_EQ(Count(dom, "<mark class=\"error\""), 2u);
  for (const char* sentence : {
           "Les États-Unis restent attachés au processus de paix, a ajouté le porte-parole.",
           "The United States remains committed to the peace process",
           "Trump and Mullah Baradar: a \"very good relationship\"",
       }) {
    EXPECT_NE(dom.find(sentence), std::string::npos) << sentence;
  }
  EXPECT_NE(
      dom.find(
          "<tr data-check=\"term-forbidden\"><td>term-forbidden</td><td class=\"count\">2</td>"),
      std::string::npos);
  EXPECT_NE(dom.find("<td>frappe</td><td class=\"count\">4</td><td>strike ×4</td>"),
            std::string::npos);
}

TEST_F(HtmlBrowserTest, Screenshot) {
  const std::string png = (std::filesystem::current_path() / "html_report.png").string();
  std::filesystem::remove(png);
  ASSERT_EQ(std::system((Chromium(dir_, "--window-size=1280,1600 --screenshot=" + Quote(png) + " " +
                                            Quote(Url())) +
                         " >/dev/null 2>&1")
                            .c_str()),
            0);
  ASSERT_TRUE(Exists(png));
  EXPECT_GT(std::filesystem::file_size(png), 20000u);
}

}  // namespace
}  // namespace talign::testing

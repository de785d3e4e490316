// inconsistent-translation / inconsistent-source, and the per-term renderings table, on
// beads of the seed story and a second article of the same week.
#include "talign/qa/consistency_checks.h"

#include <gtest/gtest.h>

#include "qa_test_util.h"
#include "talign/qa/check_registry.h"
#include "talign/qa/run_checks.h"
#include "talign/qa/term_renderings.h"
#include "test_util/language_resources.h"

namespace talign {
namespace {

using testing::BeadsFromText;
using testing::DeskGlossary;
using testing::Segments;

struct Case {
  const char* name;
  std::vector<std::string> src;
  std::vector<std::string> tgt;
  const char* beads;
  const char* check;
  std::vector<std::size_t> flagged_beads;
  std::string found;  // for term findings
};

const Case kCases[] = {
    {"same sentence, two translations",
     {"Au moins 20 soldats et policiers afghans ont été tués.",
      "Au moins 20 soldats et policiers afghans ont été tués.",
      "« Au moins 20 soldats et policiers afghans ont été tués »"},
     {"At least 20 Afghan soldiers and police officers were killed.",
      "At least 20 Afghan soldiers and policemen died.",
      "\"At least 20 Afghan soldiers and police officers were killed\""},
     "[0]:[0]\n[1]:[1]\n[2]:[2]",
     "inconsistent-translation",
     {1},
     ""},
    {"quotes and case do not make a sentence different",
     {"Les États-Unis restent attachés au processus de paix.",
      "les États-Unis restent attachés au processus de paix"},
     {"The United States remains committed to the peace process.",
      "« The United States remains committed to the peace process »"},
     "[0]:[0]\n[1]:[1]",
     "inconsistent-translation",
     {},
     ""},
    {"short headings are left out",
     {"Refus du président", "Refus du président"},
     {"Afghan president says no", "The president refuses"},
     "[0]:[0]\n[1]:[1]",
     "inconsistent-translation",
     {},
     ""},
    {"one translation for two sources",
     {"« Très bonne relation » entre Trump et le mollah Baradar",
      "Trump vante sa « très bonne relation » avec le mollah Baradar"},
     {"Trump and Mullah Baradar: a \"very good relationship\"",
      "Trump and Mullah Baradar: a \"very good relationship\""},
     "[0]:[0]\n[1]:[1]",
     "inconsistent-source",
     {1},
     ""},
    {"accepted forms of one entry are consistent (SPEC)",
     {"C'est la première frappe américaine.", "Une frappe défensive.",
      "La frappe a eu lieu mercredi."},
     {"It was the first US strike.", "A defensive strike.",
      "The airstrike took place on Wednesday."},
     "[0]:[0]\n[1]:[1]\n[2]:[2]",
     "inconsistent-translation",
     {},
     ""},
    {"an entry's long form and its acronym together are consistent",
     {"Les États-Unis ont frappé mercredi.",
      "Les États-Unis restent attachés au processus de paix."},
     {"The United States struck on Wednesday.", "The US remains committed to the peace process."},
     "[0]:[0]\n[1]:[1]",
     "inconsistent-translation",
     {},
     ""},
    {"renderings differing in case or inflection are consistent",
     {"Le ministre des affaires étrangères a démissionné hier.",
      "Le ministre des affaires étrangères a démissionné hier."},
     {"The foreign minister resigned yesterday.", "The Foreign Minister resigned yesterday."},
     "[0]:[0]\n[1]:[1]",
     "inconsistent-translation",
     {},
     ""},
    {"forbidden renderings are term-forbidden's, not an inconsistency",
     {"Les talibans ont attaqué.", "Les talibans ont signé."},
     {"The Taliban attacked.", "The Talibans signed."},
     "[0]:[0]\n[1]:[1]",
     "inconsistent-translation",
     {},
     ""},
};

TEST(ConsistencyChecksTest, Cases) {
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.name);
    std::vector<Segment> src = Segments(c.src), tgt = Segments(c.tgt);
    Alignment alignment = BeadsFromText(c.beads);
    CheckContext context = testing::WithLanguages({src, tgt, alignment, &DeskGlossary()});
    std::vector<Finding> findings = RunChecks(ParseChecks(c.check), context);
    std::vector<std::size_t> beads;
    for (const Finding& f : findings) {
      beads.push_back(f.bead);
      EXPECT_EQ(f.severity, Severity::kWarning);
      EXPECT_EQ(f.found, c.found);
      EXPECT_EQ(f.expected.size(), 1u);
    }
    EXPECT_EQ(beads, c.flagged_beads);
  }
}

TEST(TermRenderingsTest, CountsEachFormPerBead) {
  std::vector<Segment> src =
      Segments({"Une frappe, puis une autre frappe.", "Une frappe défensive.",
                "La frappe de mercredi.", "Les talibans ont signé."});
  std::vector<Segment> tgt = Segments({"A strike, then another strike.", "A defensive air strike.",
                                       "Wednesday's raid.", "The Talibans signed."});
  Alignment alignment = BeadsFromText("[0]:[0]\n[1]:[1]\n[2]:[2]\n[3]:[3]");
  CheckContext context = testing::WithLanguages({src, tgt, alignment, &DeskGlossary()});
  std::vector<std::string> lines;
  for (const TermRenderings& row : RenderingTable(DeskGlossary(), GlossaryTermUses(context))) {
    std::string line = row.term + ":";
    for (const Rendering& r : row.renderings)
      line += " " + (r.text.empty() ? "-" : r.text) + "=" + std::to_string(r.count);
    lines.push_back(line);
  }
  // "air strike" also holds "strike": both forms count for bead 1.
  EXPECT_EQ(lines,
            (std::vector<std::string>{"taliban: Talibans=1", "frappe: strike=2 air strike=1 -=1"}));
}

TEST(FrequentSourceTermsTest, FindsRepeatedContentWordsNotInTheGlossary) {
  std::vector<Segment> src =
      Segments({"Les prisonniers seront libérés.", "Cinq mille prisonniers attendent.",
                "Des prisonniers talibans.", "Le président afghan refuse."});
  std::vector<Segment> tgt =
      Segments({"The prisoners will be released.", "Five thousand prisoners wait.",
                "Taliban prisoners.", "The Afghan president refuses."});
  Alignment alignment = BeadsFromText("[0]:[0]\n[1]:[1]\n[2]:[2]\n[3]:[3]");
  TermMatcher matcher(DeskGlossary(), testing::Resources("fr"), testing::Resources("en"));
  CheckContext context = testing::WithLanguages({src, tgt, alignment, &DeskGlossary(), &matcher});
  std::vector<TermRenderings> rows = FrequentSourceTerms(context, {});
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].term, "prisonniers");
  EXPECT_FALSE(rows[0].in_glossary);
  EXPECT_EQ(rows[0].beads, 3u);
  ASSERT_FALSE(rows[0].renderings.empty());
  EXPECT_EQ(rows[0].renderings[0].text, "prisoners");
  EXPECT_EQ(rows[0].renderings[0].count, 3u);
}

// German, as any language with data: its function words ("der", "die", each in 3 beads here)
// neither make a row nor bound one; the French side's ("les") are no renderings.
TEST(FrequentSourceTermsTest, StopWordsComeFromEachSidesLanguageData) {
  std::vector<Segment> src = Segments(
      {"Die Gletscher der Alpen schmelzen.", "Der Rückgang der Gletscher ist messbar.",
       "Die Forscher vermessen die Gletscher und die Seen.", "Der Weg führt über die Moräne."});
  std::vector<Segment> tgt = Segments(
      {"Les glaciers des Alpes fondent.", "Le recul des glaciers est mesurable.",
       "Les chercheurs mesurent les glaciers et les lacs.", "Le chemin passe par la moraine."});
  Alignment alignment = BeadsFromText("[0]:[0]\n[1]:[1]\n[2]:[2]\n[3]:[3]");
  CheckContext context =
      testing::WithLanguages({src, tgt, alignment, nullptr, nullptr}, "de", "fr");
  std::vector<TermRenderings> rows = FrequentSourceTerms(context, {});
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].term, "gletscher");
  EXPECT_EQ(rows[0].beads, 3u);
  ASSERT_FALSE(rows[0].renderings.empty());
  EXPECT_EQ(rows[0].renderings[0].text, "glaciers");
  EXPECT_EQ(rows[0].renderings[0].count, 3u);
}

// Filler that newstest2013's table once listed as terms ("comme", "bien", "deux", "faire",
// "cas"; English "case" for an English source) makes no row, though extract keeps "cas" and
// "case" as heads; the story's noun does.
TEST(FrequentSourceTermsTest, FillerWordsOfNewsMakeNoRow) {
  struct Row {
    const char* src_lang;
    const char* tgt_lang;
    std::vector<std::string> src, tgt;
    const char* term;
  };
  const Row rows[] = {
      {"fr",
       "en",
       {"Comme les deux ministres, il faut bien faire le point sur la dette.",
        "Dans ce cas, comme prévu, les deux pays vont bien faire baisser la dette.",
        "Comme toujours, la dette pèse bien, dans les deux cas, sur ce qu'il faut faire."},
       {"Like both ministers, we must take stock of the debt.",
        "In this case, as planned, both countries will lower the debt.",
        "As always, the debt weighs heavily, in both cases, on what must be done."},
       "dette"},
      {"en",
       "fr",
       {"In that case the debt will grow.", "In most cases the debt is paid.",
        "In any case, the debt stays."},
       {"Dans ce cas, la dette augmentera.", "Dans la plupart des cas, la dette est payée.",
        "En tout cas, la dette demeure."},
       "debt"},
  };
  for (const Row& row : rows) {
    SCOPED_TRACE(row.term);
    std::vector<Segment> src = Segments(row.src), tgt = Segments(row.tgt);
    Alignment alignment = BeadsFromText("[0]:[0]\n[1]:[1]\n[2]:[2]");
    CheckContext context =
        testing::WithLanguages({src, tgt, alignment, nullptr, nullptr}, row.src_lang, row.tgt_lang);
    std::vector<TermRenderings> rows_found = FrequentSourceTerms(context, {});
    std::vector<std::string> terms;
    for (const TermRenderings& r : rows_found) terms.push_back(r.term);
    EXPECT_EQ(terms, std::vector<std::string>{row.term});
  }
}

}  // namespace
}  // namespace talign

#include "talign/qa/term_checks.h"

#include <gtest/gtest.h>

#include "qa_test_util.h"
#include "talign/glossary/glossary_yaml.h"
#include "talign/qa/run_checks.h"
#include "test_util/language_resources.h"

namespace talign {
namespace {

using testing::BeadsFromText;
using testing::DeskGlossary;
using testing::Segments;

const TermMatcher& DeskMatcher() {
  static const TermMatcher* matcher =
      new TermMatcher(DeskGlossary(), testing::Resources("fr"), testing::Resources("en"));
  return *matcher;
}

struct TermCheckCase {
  const char* what;
  std::vector<std::string> src;
  std::vector<std::string> tgt;
  const char* beads;
  std::vector<std::string> findings;  // "check term found"
};

// Beads from the seed story (corpora/seed), as translated and as a careless translator might.
const TermCheckCase kCases[] = {
    {"reference translation",
     {"Les États-Unis ont effectué ce mercredi 4 mars un bombardement aérien sur des combattants "
      "taliban dans la province de Helmand, dans le sud de l'Afghanistan, a annoncé un "
      "porte-parole des forces américaines."},
     {"The United States carried out an airstrike on Taliban fighters in Helmand province, in "
      "southern Afghanistan, on Wednesday, March 4, a spokesman for American forces said."},
     "[0]:[0]",
     {}},
    {"French plural carried over",
     {"Ils exhortent les talibans à mettre fin à leurs « attaques inutiles »."},
     {"They urge the Talibans to put an end to their \"needless attacks\"."},
     "[0]:[0]",
     {"term-forbidden taliban Talibans"}},
    {"French spelling kept",
     {"avec le mollah Baradar"},
     {"with Mollah Baradar"},
     "[0]:[0]",
     {"term-forbidden mollah Mollah"}},
    {"translation missing",
     {"C'est la première frappe américaine depuis l'accord signé samedi."},
     {"It was the first American attack since the agreement signed on Saturday."},
     "[0]:[0]",
     {"term-missing frappe frappe"}},
    {"one finding per term and bead",
     {"La frappe a suivi une autre frappe."},
     {"The attack followed another attack."},
     "[0]:[0]",
     {"term-missing frappe frappe"}},
    {"warning severity and a multi-word term",
     {"un bombardement aérien sur Helmand"},
     {"an aerial bombardment of Helmand"},
     "[0]:[0]",
     {"term-missing bombardement aérien bombardement aérien"}},
    {"translation in the other segment of a 2-1 bead",
     {"Les États-Unis restent attachés au processus de paix.", "Ils exhortent les talibans."},
     {"The United States remains committed to the peace process, urging the Taliban."},
     "[0,1]:[0]",
     {}},
    {"1-0 bead is left to the omission check",
     {"Les talibans ont attaqué.", "Publicité Lire la suite"},
     {"The Taliban attacked."},
     "[0]:[0]\n[1]:[]",
     {}},
    {"translation in the wrong bead does not count",
     {"la trêve partielle", "une semaine avant"},
     {"the partial", "truce a week before"},
     "[0]:[0]\n[1]:[1]",
     {"term-missing trêve trêve"}},
    {"la retraite is no retrait (newstest2013)",
     {"Je ne prendrai pas ma retraite, je mourrai ici car le volcan est toute ma vie."},
     {"I won't retire, I'll die here because the volcano has been my whole life."},
     "[0]:[0]",
     {}},
    {"le retrait is",
     {"Le retrait des troupes américaines a commencé."},
     {"The departure of US troops has begun."},
     "[0]:[0]",
     {"term-missing retrait retrait"}},
    {"forbidden form in a 0-1 bead",
     {"Le retrait."},
     {"The withdrawal.", "A retreat."},
     "[0]:[0]\n[]:[1]",
     {"term-forbidden retrait retreat"}},
};

std::vector<std::string> Describe(const std::vector<Finding>& findings) {
  std::vector<std::string> out;
  for (const Finding& f : findings) out.push_back(f.check + " " + f.term + " " + f.found);
  return out;
}

TEST(TermChecksTest, FindsMissingAndForbiddenTerms) {
  for (const TermCheckCase& c : kCases) {
    SCOPED_TRACE(c.what);
    std::vector<Segment> src = Segments(c.src);
    std::vector<Segment> tgt = Segments(c.tgt);
    Alignment alignment = BeadsFromText(c.beads);
    CheckContext context =
        testing::WithLanguages({src, tgt, alignment, &DeskGlossary(), &DeskMatcher()});
    std::vector<std::unique_ptr<Check>> checks;
    checks.push_back(MakeTermMissingCheck());
    checks.push_back(MakeTermForbiddenCheck());
    EXPECT_EQ(Describe(RunChecks(checks, context)), c.findings);
  }
}

// newstest2013 beads with a general-news entry `accord`: "d'accord" for agreeing stays
// silent; an agreement left out is reported.
TEST(TermChecksTest, AgreeingIsNoAgreement) {
  const Glossary glossary = ParseGlossary(R"(languages: {source: fr, target: en}
terms:
  - source: accord
    target: [agreement, deal, accord]
)",
                                          "general.yaml");
  const TermMatcher matcher(glossary, testing::Resources("fr"), testing::Resources("en"));
  const TermCheckCase cases[] = {
      {"bon d'accord",
       {"Bon d'accord, ignorons ça en nous appuyant sur les simulateurs d'accouchement."},
       {"Well, let's assume that childbirth stimulators will work out."},
       "[0]:[0]",
       {}},
      {"sont d'accord",
       {"Les deux camps sont d'accord sur un point."},
       {"Both camps see eye to eye on one point."},
       "[0]:[0]",
       {}},
      {"un accord de paix",
       {"Cela passe par un accord de paix entre Israël et les Palestiniens."},
       {"That means a peace settlement between Israel and the Palestinians."},
       "[0]:[0]",
       {"term-missing accord accord"}},
      {"projet d'accord",
       {"Le projet d'accord a été rejeté."},
       {"The draft was rejected."},
       "[0]:[0]",
       {"term-missing accord accord"}},
  };
  for (const TermCheckCase& c : cases) {
    SCOPED_TRACE(c.what);
    std::vector<Segment> src = Segments(c.src);
    std::vector<Segment> tgt = Segments(c.tgt);
    Alignment alignment = BeadsFromText(c.beads);
    std::vector<std::unique_ptr<Check>> checks;
    checks.push_back(MakeTermMissingCheck());
    EXPECT_EQ(Describe(RunChecks(
                  checks, testing::WithLanguages({src, tgt, alignment, &glossary, &matcher}))),
              c.findings);
  }
}

TEST(TermChecksTest, FindingNamesTheEntryAndTheWords) {
  std::vector<Segment> src = Segments({"Les talibans ont signé.", "Ils exhortent les talibans."});
  std::vector<Segment> tgt = Segments({"The Taliban signed.", "They urge the Talibans."});
  Alignment alignment = BeadsFromText("[0]:[0]\n[1]:[1]");
  CheckContext context =
      testing::WithLanguages({src, tgt, alignment, &DeskGlossary(), &DeskMatcher()});
  std::vector<std::unique_ptr<Check>> checks;
  checks.push_back(MakeTermForbiddenCheck());
  std::vector<Finding> findings = RunChecks(checks, context);
  ASSERT_EQ(findings.size(), 1u);
  const Finding& f = findings[0];
  EXPECT_EQ(f.severity, Severity::kError);
  EXPECT_EQ(f.bead, 1u);
  EXPECT_EQ(f.source_segments, std::vector<std::size_t>{1});
  EXPECT_EQ(f.target_segments, std::vector<std::size_t>{1});
  EXPECT_EQ(f.expected, std::vector<std::string>{"Taliban"});
  const Term& taliban = DeskGlossary().terms[0];  // the desk file is edited: no fixed line
  EXPECT_EQ(f.rule.line, taliban.where.line);
  EXPECT_NE(
      f.message.find(
          "the translation uses `Talibans`, forbidden by glossary entry `taliban`; use `Taliban`"),
      std::string::npos)
      << f.message;
  EXPECT_NE(f.message.find("(" + taliban.where.ToString() + ")"), std::string::npos) << f.message;
}

TEST(TermChecksTest, SeverityComesFromTheEntry) {
  std::vector<Segment> src = Segments({"un bombardement aérien"});
  std::vector<Segment> tgt = Segments({"an aerial bombardment"});
  Alignment alignment = BeadsFromText("[0]:[0]");
  CheckContext context =
      testing::WithLanguages({src, tgt, alignment, &DeskGlossary(), &DeskMatcher()});
  std::vector<std::unique_ptr<Check>> checks;
  checks.push_back(MakeTermMissingCheck());
  std::vector<Finding> findings = RunChecks(checks, context);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].severity, Severity::kWarning);  // `severity: warning` in the glossary
}

}  // namespace
}  // namespace talign

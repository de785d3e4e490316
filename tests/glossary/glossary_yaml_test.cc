#include "talign/glossary/glossary_yaml.h"

#include <gtest/gtest.h>

#include <chrono>

#include "test_util/temp_dir.h"
#include "test_util/test_data.h"

namespace talign {
namespace {

using testing::SourcePath;

std::string Fixture(const std::string& name) { return SourcePath("tests/data/glossary/" + name); }

TEST(GlossaryYamlTest, LoadsEveryKeyOfTheSchema) {
  Glossary g = LoadGlossary(Fixture("good.yaml"));
  EXPECT_EQ(g.id, "test-desk");
  EXPECT_EQ(g.title, "Test desk glossary");
  EXPECT_EQ(g.source_language.code(), "fr");
  EXPECT_EQ(g.target_language.code(), "en");
  ASSERT_EQ(g.terms.size(), 3u);

  const Term& taliban = g.terms[0];
  EXPECT_EQ(taliban.id, "taliban");  // derived from the first source form
  EXPECT_EQ(taliban.sources, std::vector<std::string>{"taliban"});
  EXPECT_EQ(taliban.forbidden, (std::vector<std::string>{"Talibans", "Taleban"}));
  EXPECT_TRUE(taliban.case_sensitive);
  EXPECT_EQ(taliban.note, "Invariable in English.");
  EXPECT_EQ(taliban.severity, Severity::kError);
  EXPECT_EQ(taliban.where.ToString(), Fixture("good.yaml") + ":6:5");

  const Term& doha = g.terms[1];
  EXPECT_EQ(doha.id, "doha");
  EXPECT_EQ(doha.targets, (std::vector<std::string>{"Doha agreement", "Doha accord"}));
  EXPECT_EQ(doha.domains, std::vector<std::string>{"politics"});
  EXPECT_EQ(doha.severity, Severity::kWarning);
  EXPECT_EQ(doha.count, 12);
  EXPECT_DOUBLE_EQ(doha.score.value_or(0), 0.87);
  ASSERT_EQ(doha.examples.size(), 1u);
  EXPECT_EQ(doha.examples[0].target, "the Doha agreement");

  EXPECT_EQ(g.terms[2].forbidden, std::vector<std::string>{"mollah"});  // a string, not a list
}

TEST(GlossaryYamlTest, LoadsTheDeskGlossary) {
  Glossary g = LoadGlossary(SourcePath("glossary/news.fr-en.yaml"));
  EXPECT_GE(g.terms.size(), 10u);
  EXPECT_EQ(g.terms[0].sources[0], "taliban");
}

struct BadFixture {
  const char* file;
  ErrorKind kind;
  std::size_t line;
  std::size_t column;
  const char* message;  // a substring of the message
};

const BadFixture kBadFixtures[] = {
    {"misspelt_key.yaml", ErrorKind::kData, 6, 5, "unknown key `targt` in a glossary entry"},
    {"target_map.yaml", ErrorKind::kData, 5, 7, "`target` is a map; expected a string or a list"},
    {"bad_indent.yaml", ErrorKind::kData, 5, 4, "invalid YAML"},
    {"empty.yaml", ErrorKind::kData, 1, 0, "glossary is empty"},
    {"alias_bomb.yaml", ErrorKind::kData, 2, 1, "unknown key `a`"},
    {"duplicate_id.yaml", ErrorKind::kData, 5, 5, "duplicate id `frappe` (first used on line 3)"},
    {"empty_source.yaml", ErrorKind::kData, 3, 13, "empty form in `source`"},
    {"no_source.yaml", ErrorKind::kData, 3, 5, "has no `source`"},
    {"unknown_language.yaml", ErrorKind::kData, 1, 33, "unknown language `xx-nope`"},
    {"bad_severity.yaml", ErrorKind::kData, 5, 15,
     "`severity` is `fatal`; expected error or warning"},
    {"top_level_typo.yaml", ErrorKind::kData, 2, 1, "unknown key `titel` in the glossary"},
    {"does_not_exist.yaml", ErrorKind::kNoInput, 0, 0, "cannot read"},
};

TEST(GlossaryYamlTest, RejectsBadFilesWithTheirLocation) {
  for (const BadFixture& c : kBadFixtures) {
    SCOPED_TRACE(c.file);
    try {
      LoadGlossary(Fixture(c.file));
      ADD_FAILURE() << "loaded without error";
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), c.kind);
      EXPECT_EQ(e.where().file, Fixture(c.file));
      EXPECT_EQ(e.where().line, c.line);
      EXPECT_EQ(e.where().column, c.column);
      EXPECT_NE(e.message().find(c.message), std::string::npos) << e.message();
    }
  }
}

struct BadText {
  const char* yaml;
  const char* message;
};

const char kHeader[] = "languages: {source: fr, target: en}\n";

const BadText kBadTexts[] = {
    {"terms: {source: taliban}\n", "`terms` is a map; expected a list"},
    {"terms:\n  - source: [taliban, [talibans]]\n", "an item of `source`"},
    {"terms:\n  - source: taliban\n    case_sensitive: maybe\n", "expected true or false"},
    {"terms:\n  - source: taliban\n    count: many\n", "`count` is `many`; expected an integer"},
    {"terms:\n  - source: taliban\n    source: talibans\n", "key `source` appears twice"},
    {"terms:\n  - taliban\n", "a glossary entry is a string; expected a map"},
    {"terms:\n  - source: taliban\n    examples: [{source: a, traget: b}]\n",
     "unknown key `traget`"},
    {"", "glossary has no `terms` list"},
};

TEST(GlossaryYamlTest, RejectsSchemaFaults) {
  for (const BadText& c : kBadTexts) {
    SCOPED_TRACE(c.yaml);
    try {
      ParseGlossary(std::string(kHeader) + c.yaml, "inline.yaml");
      ADD_FAILURE() << "parsed without error";
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::kData);
      EXPECT_NE(e.message().find(c.message), std::string::npos) << e.message();
    }
  }
}

TEST(GlossaryYamlTest, MissingLanguagesIsAnError) {
  EXPECT_THROW(ParseGlossary("terms: []\n", "inline.yaml"), Error);
}

TEST(GlossaryYamlTest, DeepNestingFailsQuickly) {
  std::string deep =
      std::string(kHeader) + "terms: " + std::string(100000, '[') + std::string(100000, ']') + "\n";
  auto start = std::chrono::steady_clock::now();
  EXPECT_THROW(ParseGlossary(deep, "deep.yaml"), Error);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
}

TEST(GlossaryYamlTest, SaveThenLoadGivesTheSameGlossary) {
  Glossary original = LoadGlossary(Fixture("good.yaml"));
  testing::TempDir dir;
  testing::WriteFile(dir.File("saved.yaml"), SaveGlossary(original));
  Glossary copy = LoadGlossary(dir.File("saved.yaml"));
  EXPECT_EQ(copy.id, original.id);
  EXPECT_EQ(copy.title, original.title);
  ASSERT_EQ(copy.terms.size(), original.terms.size());
  for (std::size_t i = 0; i < copy.terms.size(); ++i) {
    SCOPED_TRACE(original.terms[i].id);
    const Term& a = original.terms[i];
    const Term& b = copy.terms[i];
    EXPECT_EQ(a.id, b.id);
    EXPECT_EQ(a.sources, b.sources);
    EXPECT_EQ(a.targets, b.targets);
    EXPECT_EQ(a.forbidden, b.forbidden);
    EXPECT_EQ(a.case_sensitive, b.case_sensitive);
    EXPECT_EQ(a.note, b.note);
    EXPECT_EQ(a.domains, b.domains);
    EXPECT_EQ(a.definition, b.definition);
    EXPECT_EQ(a.severity, b.severity);
    EXPECT_EQ(a.count, b.count);
    EXPECT_EQ(a.score, b.score);
    ASSERT_EQ(a.examples.size(), b.examples.size());
    for (std::size_t k = 0; k < a.examples.size(); ++k) {
      EXPECT_EQ(a.examples[k].source, b.examples[k].source);
    }
  }
}

TEST(GlossaryYamlTest, SavesScoresShortEnoughToRead) {
  Glossary g(Language::Parse("fr"), Language::Parse("en"));
  Term term;
  term.sources = {"mollah"};
  term.targets = {"mullah"};
  term.score = 0.83299999999999996;
  g.terms.push_back(term);
  std::string yaml = SaveGlossary(g);
  EXPECT_NE(yaml.find("score: 0.833\n"), std::string::npos) << yaml;
}

TEST(GlossaryTest, TranslationPairsListEverySourceTargetPair) {
  Glossary g = LoadGlossary(Fixture("good.yaml"));
  auto pairs = TranslationPairs(g);
  ASSERT_EQ(pairs.size(), 6u);  // 1×1 + 2×2 + 1×1
  EXPECT_EQ(pairs[0], (std::pair<std::string, std::string>{"taliban", "Taliban"}));
  EXPECT_EQ(pairs[4], (std::pair<std::string, std::string>{"accords de Doha", "Doha accord"}));
}

struct IdCase {
  const char* source;
  const char* id;
};

TEST(GlossaryTest, DefaultTermIdIsAFoldedSlug) {
  const IdCase cases[] = {{"accord de Doha", "accord-de-doha"},
                          {"États-Unis", "etats-unis"},
                          {"l'accord", "l-accord"},
                          {"  trêve  ", "treve"}};
  for (const IdCase& c : cases) EXPECT_EQ(DefaultTermId(c.source), c.id) << c.source;
}

}  // namespace
}  // namespace talign

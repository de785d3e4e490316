// talign glossary export/import through the binary: the desk glossary survives a round trip
// through TBX and CSV and still checks the seed story the same way.
#include <gtest/gtest.h>

#include "run_talign.h"
#include "test_util/temp_dir.h"
#include "test_util/test_data.h"

namespace talign::testing {
namespace {

const std::string kDesk = Quote(SourcePath("glossary/news.fr-en.yaml"));

TEST(GlossaryCommandTest, RoundTripsThroughTbxAndCsv) {
  TempDir dir;
  for (const char* format : {"tbx", "csv"}) {
    SCOPED_TRACE(format);
    const std::string exported = Quote(dir.File(std::string("desk.") + format));
    const std::string imported = Quote(dir.File(std::string("desk-") + format + ".yaml"));
    Outcome out =
        RunTalign(std::string("glossary export --to ") + format + " " + kDesk + " -o " + exported);
    ASSERT_EQ(out.exit_code, 0) << out.err;
    Outcome in = RunTalign("glossary import " + exported + " -o " + imported);
    ASSERT_EQ(in.exit_code, 0) << in.err;
    // The imported glossary finds the planted French spelling just as the original does.
    std::string en = ReadFile(SourcePath("corpora/seed/article.en.txt"));
    en.replace(en.find("between Kabul"), 13, "between Kaboul");
    WriteFile(dir.File("planted.en"), en);
    Outcome check = RunTalign("check " + Quote(SourcePath("corpora/seed/article.fr.txt")) + " " +
                              Quote(dir.File("planted.en")) + " --glossary " + imported +
                              " --checks term-missing,term-forbidden --format json");
    EXPECT_EQ(check.exit_code, 1) << check.err;
    EXPECT_NE(check.out.find("\"found\":\"Kaboul\""), std::string::npos) << check.out;
  }
}

TEST(GlossaryCommandTest, UsageAndDataErrors) {
  TempDir dir;
  WriteFile(dir.File("bad.csv"), "source,targt\ntaliban,Taliban\n");
  WriteFile(dir.File("terms.txt"), "taliban\n");
  const std::pair<std::string, int> cases[] = {
      {"glossary", 2},
      {"glossary frob", 2},
      {"glossary export " + kDesk, 2},  // --to missing
      {"glossary export --to xlsx " + kDesk, 2},
      {"glossary import " + Quote(dir.File("terms.txt")), 2},  // format not known from the name
      {"glossary import " + Quote(dir.File("missing.tbx")), 66},
      {"glossary import " + Quote(dir.File("bad.csv")), 65},
  };
  for (const auto& [args, code] : cases) {
    SCOPED_TRACE(args);
    Outcome run = RunTalign(args);
    EXPECT_EQ(run.exit_code, code) << run.err;
    EXPECT_EQ(run.err.rfind("talign: ", 0), 0u) << run.err;
  }
  Outcome bad = RunTalign("glossary import " + Quote(dir.File("bad.csv")));
  EXPECT_EQ(bad.err.rfind("talign: " + dir.File("bad.csv") + ":1: unknown column `targt`", 0), 0u)
      << bad.err;
}

}  // namespace
}  // namespace talign::testing

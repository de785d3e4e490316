// Inputs users really have: legacy encodings, CAT exports, truncated or pathological files.
// Each must give a correct result or one clear error line with SPEC's exit code; never a
// crash, a hang or a half-written output. (Full-size versions: bench/hardening.sh.)
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "run_talign.h"
#include "talign/io/beads_format.h"
#include "test_util/temp_dir.h"
#include "test_util/test_data.h"

namespace talign::testing {
namespace {

class HardeningTest : public ::testing::Test {
 protected:
  std::string Write(const std::string& name, const std::string& bytes) {
    WriteFile(dir_.File(name), bytes);
    return Quote(dir_.File(name));
  }
  static std::size_t Lines(const std::string& text) {
    return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
  }
  TempDir dir_;
};

struct BadInput {
  const char* name;
  std::string bytes;
  int exit_code;
  const char* message;
};

TEST_F(HardeningTest, BadBytesGiveOneLineNamingTheFile) {
  const BadInput cases[] = {
      {"utf16-no-bom.txt", std::string("B\0o\0n\0j\0o\0u\0r\0.\0", 16), 65,
       "NUL byte (a binary file, or UTF-16 without a BOM"},
      {"nul.txt", std::string("Bonjour.\nAu\0revoir.\n", 20), 65, ":2: NUL byte"},
      {"latin1.txt", "Tr\xE8ve partielle.\n", 65, ":1: text is not valid UTF-8"},
      {"truncated.txt", "Kaboul \xC3", 65, ":1: text is not valid UTF-8"},
  };
  for (const BadInput& c : cases) {
    SCOPED_TRACE(c.name);
    Outcome run =
        RunTalign("segment " + Write(c.name, c.bytes) + " -o " + Quote(dir_.File("out.txt")));
    EXPECT_EQ(run.exit_code, c.exit_code);
    EXPECT_EQ(Lines(run.err), 1u) << run.err;
    EXPECT_NE(run.err.find(dir_.File(c.name)), std::string::npos) << run.err;
    EXPECT_NE(run.err.find(c.message), std::string::npos) << run.err;
    EXPECT_FALSE(std::filesystem::exists(dir_.File("out.txt")));
  }
}

TEST_F(HardeningTest, EncodingsAndLineEndingsGiveTheSameSentences) {
  const std::string expected = "Trêve partielle.\nLes talibans ont attaqué.\n";
  const std::string utf16le(
      "\xFF\xFET\0r\0\xEA\0v\0e\0 \0p\0a\0r\0t\0i\0e\0l\0l\0e\0.\0 \0L\0e\0s\0 \0t\0a\0l\0i\0"
      "b\0a\0n\0s\0 \0o\0n\0t\0 \0a\0t\0t\0a\0q\0u\0\xE9\0.\0",
      2 + 2 * 42);
  const std::pair<std::string, std::string> cases[] = {
      {"", Write("crlf.txt", "Tr\xC3\xAAve partielle.\r\nLes talibans ont attaqu\xC3\xA9.\r\n")},
      {"",
       Write("bom.txt", "\xEF\xBB\xBFTr\xC3\xAAve partielle. Les talibans ont attaqu\xC3\xA9.")},
      {"", Write("utf16le.txt", utf16le)},
      {"--encoding latin1 ",
       Write("latin1.txt", "Tr\xEAve partielle. Les talibans ont attaqu\xE9.\n")},
      {"--encoding windows-1252 ",
       Write("cp1252.txt", "Tr\xEAve partielle. Les talibans ont attaqu\xE9.\n")},
  };
  for (const auto& [options, file] : cases) {
    SCOPED_TRACE(file);
    Outcome run = RunTalign("segment " + options + file);
    EXPECT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(run.out, expected);
  }
}

TEST_F(HardeningTest, EmptyAndBlankFilesAreHandled) {
  EXPECT_EQ(RunTalign("segment " + Write("empty.txt", "")).out, "");
  Outcome run = RunTalign("align --presegmented " + Write("blank.fr", std::string(20000, '\n')) +
                          " " + Write("one.en", "The Taliban attacked.\n"));
  EXPECT_EQ(run.exit_code, 0) << run.err;
  // Every empty segment accounted for, and the English one: alone (0-1) or with an empty line.
  EXPECT_GE(Lines(run.out), 20000u);
  EXPECT_LE(Lines(run.out), 20001u);
}

TEST_F(HardeningTest, LongTextWithoutNewlineIsSegmented) {
  std::string text;
  std::size_t sentences = 0;
  for (; text.size() < 2'000'000; ++sentences) text += "Le mollah Baradar a parlé avec M. Trump. ";
  Outcome run = RunTalign("segment " + Write("long.txt", text));
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(Lines(run.out), sentences);
}

TEST_F(HardeningTest, VeryDifferentLengthsAlignEverySentence) {
  std::string fr, en;
  for (int i = 0; i < 10; ++i) fr += "Au moins " + std::to_string(i) + " soldats ont été tués.\n";
  for (int i = 0; i < 10000; ++i)
    en += "Line " + std::to_string(i) + " of an unrelated English report.\n";
  Outcome run =
      RunTalign("align --presegmented " + Write("ten.fr", fr) + " " + Write("tenk.en", en));
  ASSERT_EQ(run.exit_code, 0) << run.err;
  // Every sentence in exactly one bead (ParseBeads rejects a sentence in two), none left out.
  Alignment a = ParseBeads(run.out, "stdout", 10, 10000);
  std::size_t src = 0, tgt = 0;
  for (const Bead& bead : a.beads) src += bead.src.size(), tgt += bead.tgt.size();
  EXPECT_EQ(src, 10u);
  EXPECT_EQ(tgt, 10000u);
}

TEST_F(HardeningTest, PathologicalGlossariesFailCleanlyOrWork) {
  std::string big = "languages: {source: fr, target: en}\nterms:\n";
  for (int i = 0; i < 20000; ++i)
    big +=
        "  - source: terme" + std::to_string(i) + "x\n    target: term" + std::to_string(i) + "x\n";
  big += "  - source: mollah\n    target: mullah\n";
  const std::string pair = Quote(SourcePath("corpora/seed/article.fr.txt")) + " " +
                           Quote(SourcePath("corpora/seed/article.en.txt"));
  Outcome large =
      RunTalign("check " + pair + " --checks term-missing --glossary " + Write("big.yaml", big));
  EXPECT_EQ(large.exit_code, 0) << large.err;

  const std::string nested = "a: " + std::string(50000, '[') + std::string(50000, ']') + "\n";
  const std::string laughs =
      "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
      "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
      "e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n";
  for (const auto& [name, yaml] :
       {std::pair{"nested.yaml", nested}, std::pair{"laughs.yaml", laughs}}) {
    SCOPED_TRACE(name);
    Outcome run = RunTalign("check " + pair + " --glossary " + Write(name, yaml));
    EXPECT_EQ(run.exit_code, 65);
    EXPECT_EQ(Lines(run.err), 1u) << run.err;
    EXPECT_NE(run.err.find(dir_.File(name)), std::string::npos) << run.err;
  }
}

}  // namespace
}  // namespace talign::testing

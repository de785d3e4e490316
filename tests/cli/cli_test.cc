// The command line as users and scripts rely on it (SPEC "Common rules"): exit codes, the
// one-line error format, atomic -o, '-' for standard input.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "run_talign.h"
#include "test_util/temp_dir.h"
#include "test_util/test_data.h"

namespace talign::testing {
namespace {

const std::string kFr = "Les talibans ont attaqué. Le mollah Baradar a parlé.\n";
const std::string kEn = "The Taliban attacked. Mullah Baradar spoke.\n";

// SPEC: one line on stderr, "talign: FILE:LINE: what is wrong".
void ExpectOneLineError(const Outcome& run, const std::string& prefix) {
  EXPECT_EQ(std::count(run.err.begin(), run.err.end(), '\n'), 1) << run.err;
  EXPECT_EQ(run.err.rfind("talign: " + prefix, 0), 0u) << run.err;
}

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    WriteFile(dir_.File("a.fr"), kFr);
    WriteFile(dir_.File("a.en"), kEn);
  }
  std::string F(const std::string& name) { return Quote(dir_.File(name)); }
  TempDir dir_;
};

TEST_F(CliTest, VersionAndHelp) {
  Outcome version = RunTalign("--version");
  EXPECT_EQ(version.exit_code, 0);
  EXPECT_EQ(version.out.rfind("talign ", 0), 0u);
  for (const char* command : {"segment", "align", "check"}) {
    SCOPED_TRACE(command);
    Outcome help = RunTalign(std::string(command) + " --help");
    EXPECT_EQ(help.exit_code, 0);
    EXPECT_NE(help.out.find("usage: talign " + std::string(command)), std::string::npos);
  }
}

// The commands that load Hunspell or FreeDict say where from; without them (missing or
// empty directories) they still run, on ICU and Snowball alone.
TEST_F(CliTest, ResourceDirectoryOptions) {
  struct Case {
    const char* command;
    bool has_options;
  };
  for (Case c :
       {Case{"segment", false}, Case{"align", true}, Case{"check", true}, Case{"extract", true}}) {
    SCOPED_TRACE(c.command);
    Outcome help = RunTalign(std::string(c.command) + " --help");
    EXPECT_EQ(help.out.find("--hunspell-dir DIR (=/usr/share/hunspell)") != std::string::npos,
              c.has_options);
    EXPECT_EQ(help.out.find("--dictd-dir DIR (=/usr/share/dictd)") != std::string::npos,
              c.has_options);
  }
  const std::string pair = F("a.fr") + " " + F("a.en");
  Outcome with = RunTalign("align " + pair);
  for (const char* dirs : {"--hunspell-dir /nonexistent --dictd-dir /nonexistent",
                           "--hunspell-dir '' --dictd-dir ''"}) {
    SCOPED_TRACE(dirs);
    Outcome without = RunTalign("align " + pair + " " + dirs);
    EXPECT_EQ(without.exit_code, 0) << without.err;
    EXPECT_EQ(without.out, with.out);  // two 1-1 beads need no dictionary
    Outcome check = RunTalign("check " + pair + " " + dirs);
    EXPECT_EQ(check.exit_code, 0) << check.err;
  }
}

TEST_F(CliTest, UsageErrorsExit2) {
  const char* cases[] = {"",
                         "frobnicate",
                         "segment --no-such-option",
                         "align only-one-file",
                         "align a b --format xliff",
                         "segment --format xml"};
  for (const char* args : cases) {
    SCOPED_TRACE(args);
    Outcome run = RunTalign(args);
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_FALSE(run.err.empty());
  }
}

TEST_F(CliTest, MissingInputExits66NamingTheFile) {
  Outcome run = RunTalign("align " + F("a.fr") + " " + F("missing.en"));
  EXPECT_EQ(run.exit_code, 66);
  ExpectOneLineError(run, dir_.File("missing.en") + ": cannot open");
}

TEST_F(CliTest, InvalidUtf8Exits65NamingFileAndLine) {
  WriteFile(dir_.File("latin1.fr"), "Premi\xE8re ligne.\nDeuxi\xE8me ligne.\n");
  Outcome run = RunTalign("segment " + F("latin1.fr"));
  EXPECT_EQ(run.exit_code, 65);
  ExpectOneLineError(run, dir_.File("latin1.fr") + ":1: text is not valid UTF-8");
  Outcome converted = RunTalign("segment --encoding latin1 " + F("latin1.fr"));
  EXPECT_EQ(converted.exit_code, 0) << converted.err;
  EXPECT_EQ(converted.out, "Première ligne.\nDeuxième ligne.\n");
}

TEST_F(CliTest, UnknownLanguageExits65) {
  Outcome run = RunTalign("align --src-lang xx " + F("a.fr") + " " + F("a.en"));
  EXPECT_EQ(run.exit_code, 65);
  ExpectOneLineError(run, "--src-lang: unknown language `xx`");
}

TEST_F(CliTest, TwoEmptyInputsAreAnErrorNotAnEmptyAlignment) {
  WriteFile(dir_.File("empty.fr"), "");
  WriteFile(dir_.File("empty.en"), "\n\n");
  Outcome run = RunTalign("align " + F("empty.fr") + " " + F("empty.en"));
  EXPECT_EQ(run.exit_code, 65);
  ExpectOneLineError(run, dir_.File("empty.fr") + ": no text in either input");
  Outcome one_side = RunTalign("align " + F("empty.fr") + " " + F("a.en"));
  EXPECT_EQ(one_side.exit_code, 0) << one_side.err;
  EXPECT_EQ(one_side.out, "[]:[0]\n[]:[1]\n");
}

TEST_F(CliTest, UncreatableOutputExits73) {
  Outcome run = RunTalign("segment " + F("a.fr") + " -o " + F("no/such/dir/out.txt"));
  EXPECT_EQ(run.exit_code, 73);
  ExpectOneLineError(run, dir_.File("no/such/dir/out.txt") + ": cannot create");
}

TEST_F(CliTest, FailedRunLeavesNoOutputFile) {
  WriteFile(dir_.File("bad.en"), "bad \xFF byte\n");
  Outcome run = RunTalign("align " + F("a.fr") + " " + F("bad.en") + " -o " + F("out.beads"));
  EXPECT_EQ(run.exit_code, 65);
  EXPECT_FALSE(std::filesystem::exists(dir_.File("out.beads")));
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir_.path()),
                          std::filesystem::directory_iterator()),
            3);  // a.fr, a.en, bad.en: no temporary left behind
}

TEST_F(CliTest, OutputFileAndStdinDash) {
  Outcome to_file = RunTalign("segment --lang fr - -o " + F("out.txt"), kFr);
  EXPECT_EQ(to_file.exit_code, 0) << to_file.err;
  EXPECT_TRUE(to_file.out.empty());
  EXPECT_EQ(ReadFile(dir_.File("out.txt")),
            "Les talibans ont attaqué.\nLe mollah Baradar a parlé.\n");
  Outcome aligned = RunTalign("align - " + F("a.en"), kFr);
  EXPECT_EQ(aligned.exit_code, 0) << aligned.err;
  EXPECT_EQ(aligned.out, "[0]:[0]\n[1]:[1]\n");
}

TEST_F(CliTest, SegmentJsonlGivesByteOffsetsIntoTheInput) {
  Outcome run = RunTalign("segment --format jsonl " + F("a.fr"));
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out,
            "{\"index\":0,\"paragraph\":0,\"start\":0,\"end\":26,\"text\":\"Les talibans ont "
            "attaqué.\"}\n"
            "{\"index\":1,\"paragraph\":0,\"start\":27,\"end\":54,\"text\":\"Le mollah Baradar a "
            "parlé.\"}\n");
}

TEST_F(CliTest, MosesWritesTwoFilesNamedByLanguage) {
  Outcome run =
      RunTalign("align " + F("a.fr") + " " + F("a.en") + " --format moses -o " + F("corpus"));
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(ReadFile(dir_.File("corpus.fr")),
            "Les talibans ont attaqué.\nLe mollah Baradar a parlé.\n");
  EXPECT_EQ(ReadFile(dir_.File("corpus.en")), "The Taliban attacked.\nMullah Baradar spoke.\n");
  EXPECT_EQ(RunTalign("align " + F("a.fr") + " " + F("a.en") + " --format moses").exit_code, 2);
}

// A language without data works through ICU alone, with a one-line notice (none with
// --quiet, none for a language with data).
TEST_F(CliTest, NoticeForALanguageWithoutData) {
  const std::string text = "Habari za asubuhi. Watoto wanakwenda shuleni.\n";
  Outcome swahili = RunTalign("segment --lang sw", text);
  EXPECT_EQ(swahili.exit_code, 0);
  EXPECT_EQ(swahili.out, "Habari za asubuhi.\nWatoto wanakwenda shuleni.\n");
  EXPECT_EQ(std::count(swahili.err.begin(), swahili.err.end(), '\n'), 1) << swahili.err;
  EXPECT_NE(swahili.err.find("no language data for `sw`"), std::string::npos) << swahili.err;
  EXPECT_EQ(RunTalign("segment --quiet --lang sw", text).err, "");
  EXPECT_EQ(RunTalign("segment --lang fr", "Bonjour. Merci.\n").err, "");
}

}  // namespace
}  // namespace talign::testing

// Many pairs at once: --manifest with --threads, and --jsonl streaming, as cluster users
// run them. Output must not depend on the thread count or on sharding.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>

#include "run_talign.h"
#include "test_util/temp_dir.h"
#include "test_util/test_data.h"

namespace talign::testing {
namespace {

namespace fs = std::filesystem;

// The seed article plus two short pairs, each in its own file.
class BatchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    WriteFile(dir_.File("a.fr"), "Les talibans ont attaqué. Au moins 20 soldats ont été tués.\n");
    WriteFile(dir_.File("a.en"), "The Taliban attacked. At least 20 soldiers were killed.\n");
    WriteFile(dir_.File("b.fr"), "Publicité\n\nLe mollah Baradar a parlé avec Donald Trump.\n");
    WriteFile(dir_.File("b.en"), "Mullah Baradar spoke with Donald Trump.\n");
    manifest_ = SourcePath("corpora/seed/article.fr.txt") + "\t" +
                SourcePath("corpora/seed/article.en.txt") + "\tseed\n" + dir_.File("a.fr") + "\t" +
                dir_.File("a.en") + "\n" + dir_.File("b.fr") + "\t" + dir_.File("b.en") + "\n";
    WriteFile(dir_.File("manifest.tsv"), manifest_);
  }
  std::string Align(const std::string& manifest, const std::string& out, int threads) {
    Outcome run = RunTalign("align --manifest " + Quote(dir_.File(manifest)) + " -o " +
                            Quote(dir_.File(out)) + " --threads " + std::to_string(threads));
    EXPECT_EQ(run.exit_code, 0) << run.err;
    return run.err;
  }
  TempDir dir_;
  std::string manifest_;
};

TEST_F(BatchTest, ManifestWritesOneFilePerPairWhateverTheThreadCount) {
  Align("manifest.tsv", "one", 1);
  Align("manifest.tsv", "two", 2);
  for (const char* name : {"seed.beads", "a.beads", "b.beads"}) {
    SCOPED_TRACE(name);
    EXPECT_EQ(ReadFile(dir_.File(std::string("one/") + name)),
              ReadFile(dir_.File(std::string("two/") + name)));
  }
  EXPECT_EQ(ReadFile(dir_.File("one/a.beads")), "[0]:[0]\n[1]:[1]\n");
  EXPECT_EQ(ReadFile(dir_.File("one/b.beads")), "[0]:[]\n[1]:[0]\n");
}

TEST_F(BatchTest, ABadPairIsReportedAndSkippedTheOthersAreWritten) {
  WriteFile(dir_.File("bad.tsv"), dir_.File("missing.fr") + "\t" + dir_.File("a.en") +
                                      "\tmissing\n" + dir_.File("a.fr") + "\t" + dir_.File("a.en") +
                                      "\n");
  Outcome run = RunTalign("align --manifest " + Quote(dir_.File("bad.tsv")) + " -o " +
                          Quote(dir_.File("out")));
  EXPECT_EQ(run.exit_code, 66);
  EXPECT_NE(run.err.find("missing.fr: cannot open"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("bad.tsv:1"), std::string::npos) << run.err;
  EXPECT_TRUE(fs::exists(dir_.File("out/a.beads")));
  EXPECT_FALSE(fs::exists(dir_.File("out/missing.beads")));
}

TEST_F(BatchTest, DuplicateOutputNamesAreRejectedBeforeAnyWork) {
  WriteFile(dir_.File("dup.tsv"), dir_.File("a.fr") + "\t" + dir_.File("a.en") + "\n" +
                                      dir_.File("a.fr") + "\t" + dir_.File("b.en") + "\n");
  Outcome run = RunTalign("align --manifest " + Quote(dir_.File("dup.tsv")) + " -o " +
                          Quote(dir_.File("out")));
  EXPECT_EQ(run.exit_code, 65);
  EXPECT_EQ(run.err.rfind("talign: " + dir_.File("dup.tsv") + ":2: output name `a`", 0), 0u)
      << run.err;
}

// Sharding as GNU parallel or Hadoop would: each shard in its own process, at once.
TEST_F(BatchTest, ShardsRunInParallelProcessesMergeToTheSingleRun) {
  std::istringstream lines(manifest_);
  std::string line, shards[2];
  for (int i = 0; std::getline(lines, line); ++i) shards[i % 2] += line + "\n";
  WriteFile(dir_.File("shard0.tsv"), shards[0]);
  WriteFile(dir_.File("shard1.tsv"), shards[1]);
  const std::string bin = Quote(TalignBinary());
  const std::string both = bin + " align --threads 1 --manifest " + Quote(dir_.File("shard0.tsv")) +
                           " -o " + Quote(dir_.File("merged")) + " & " + bin +
                           " align --threads 1 --manifest " + Quote(dir_.File("shard1.tsv")) +
                           " -o " + Quote(dir_.File("merged")) + " & wait";
  ASSERT_EQ(std::system(("sh -c " + Quote(both)).c_str()), 0);
  Align("manifest.tsv", "single", 2);
  for (const char* name : {"seed.beads", "a.beads", "b.beads"}) {
    SCOPED_TRACE(name);
    EXPECT_EQ(ReadFile(dir_.File(std::string("merged/") + name)),
              ReadFile(dir_.File(std::string("single/") + name)));
  }
}

TEST_F(BatchTest, JsonLinesOneResultPerRequestInOrder) {
  const std::string requests =
      "{\"id\":\"a\",\"src\":\"Les talibans ont attaqué. Au moins 20 soldats ont été tués.\","
      "\"tgt\":\"The Taliban attacked. At least 20 soldiers were killed.\"}\n"
      "this is not json\n"
      "{\"id\":7,\"src\":\"Publicité\\n\\nLe mollah a parlé.\",\"tgt\":\"The mullah spoke.\"}\n";
  Outcome one = RunTalign("align --jsonl --threads 1", requests);
  Outcome two = RunTalign("align --jsonl --threads 2", requests);
  EXPECT_EQ(one.exit_code, 65);  // the bad line is answered, and remembered in the exit code
  EXPECT_EQ(one.out, two.out);
  std::istringstream out(one.out);
  std::vector<nlohmann::json> results;
  for (std::string result; std::getline(out, result);)
    results.push_back(nlohmann::json::parse(result));
  ASSERT_EQ(results.size(), 3u);
  EXPECT_EQ(results[0]["id"], "a");
  EXPECT_EQ(results[0]["beads"].size(), 2u);
  EXPECT_TRUE(results[1].contains("error"));
  EXPECT_EQ(results[2]["id"], 7);
  EXPECT_EQ(results[2]["beads"][0]["target"], nlohmann::json::array());
}

}  // namespace
}  // namespace talign::testing

// `talign check --src-encoding/--tgt-encoding` (SPEC "Common rules"): each side read in its own
// encoding gives the report the UTF-8 originals give; bytes not in the encoding are a one-line
// error naming the file.
#include <gtest/gtest.h>

#include <boost/locale/encoding.hpp>
#include <nlohmann/json.hpp>

#include "run_talign.h"
#include "test_util/temp_dir.h"
#include "test_util/test_data.h"

namespace talign::testing {
namespace {

std::string Seed(const std::string& name) { return SourcePath("corpora/seed/" + name); }
const std::string kGlossary = " --glossary " + Quote(SourcePath("glossary/news.fr-en.yaml"));

class CheckEncodingTest : public ::testing::Test {
 protected:
  void SetUp() override {
    namespace conv = boost::locale::conv;
    // The seed article as an old Windows desk and a Word "Unicode" export would save it
    // (windows-1252 has no `►`: the desk's furniture marker becomes `>`).
    std::string fr = ReadFile(Seed("article.fr.txt"));
    for (std::size_t at; (at = fr.find("►")) != std::string::npos;) fr.replace(at, 3, ">");
    WriteFile(dir_.File("utf8.fr"), fr);
    WriteFile(dir_.File("cp1252.fr"), conv::from_utf(fr, "windows-1252", conv::stop));
    // With one desk error planted, so that there is a finding to compare.
    std::string en = ReadFile(Seed("article.en.txt"));
    en.replace(en.find("between Kabul"), 13, "between Kaboul");
    WriteFile(dir_.File("utf8.en"), en);
    WriteFile(dir_.File("utf16.en"), conv::from_utf(en, "UTF-16LE", conv::stop));
  }
  std::string Encoded(const std::string& src_encoding, const std::string& tgt_encoding) const {
    return "check --format json --fail-on never" + kGlossary + " --src-encoding " + src_encoding +
           " --tgt-encoding " + tgt_encoding + " " + Quote(dir_.File("cp1252.fr")) + " " +
           Quote(dir_.File("utf16.en"));
  }
  TempDir dir_;
};

TEST_F(CheckEncodingTest, EachSideInItsOwnEncodingReportsAsUtf8Does) {
  ASSERT_NE(ReadFile(dir_.File("cp1252.fr")), ReadFile(dir_.File("utf8.fr")));
  Outcome utf8 = RunTalign("check --format json --fail-on never" + kGlossary + " " +
                           Quote(dir_.File("utf8.fr")) + " " + Quote(dir_.File("utf8.en")));
  ASSERT_EQ(utf8.exit_code, 0) << utf8.err;
  Outcome encoded = RunTalign(Encoded("windows-1252", "utf-16le"));
  ASSERT_EQ(encoded.exit_code, 0) << encoded.err;
  nlohmann::json expected = nlohmann::json::parse(utf8.out);
  nlohmann::json got = nlohmann::json::parse(encoded.out);
  EXPECT_EQ(got["summary"], expected["summary"]);
  ASSERT_EQ(got["findings"].size(), 1u) << encoded.out;
  ASSERT_EQ(expected["findings"].size(), 1u) << utf8.out;
  for (const char* key : {"check", "found", "source_segments", "target_segments", "fingerprint"}) {
    EXPECT_EQ(got["findings"][0][key], expected["findings"][0][key]) << key;
  }
  EXPECT_GT(got["summary"]["segments"]["source"].get<int>(), 10);
}

TEST_F(CheckEncodingTest, BytesNotInTheEncodingAreOneLineNamingTheFile) {
  struct Case {
    std::string src_encoding, tgt_encoding, file, message;
  };
  const std::vector<Case> cases = {
      // UTF-16 read as windows-1252: the NUL of every ASCII letter.
      {"windows-1252", "windows-1252", "utf16.en", ":1: NUL byte"},
      // windows-1252 read as UTF-16: an odd byte count and unpaired surrogates.
      {"utf-16le", "utf-16le", "cp1252.fr", ": text is not valid utf-16le"},
      // The per-side option is that side's only: UTF-16 is not valid UTF-8.
      {"windows-1252", "utf-8", "utf16.en", ": text is not valid utf-8"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.src_encoding + " " + c.tgt_encoding);
    Outcome run = RunTalign(Encoded(c.src_encoding, c.tgt_encoding));
    EXPECT_EQ(run.exit_code, 65);
    EXPECT_EQ(std::count(run.err.begin(), run.err.end(), '\n'), 1) << run.err;
    EXPECT_EQ(run.err.rfind("talign: " + dir_.File(c.file) + c.message, 0), 0u) << run.err;
  }
}

// A byte-order mark is the file's, not the text's: whatever names the encoding (the mark
// itself or an option), the first segment does not begin with U+FEFF.
TEST_F(CheckEncodingTest, AByteOrderMarkIsNotTheFirstSegments) {
  namespace conv = boost::locale::conv;
  const std::string en = ReadFile(dir_.File("utf8.en"));
  WriteFile(dir_.File("bom16.en"), "\xFF\xFE" + conv::from_utf(en, "UTF-16LE", conv::stop));
  WriteFile(dir_.File("bom16.fr"),
            "\xFF\xFE" + conv::from_utf(ReadFile(dir_.File("utf8.fr")), "UTF-16LE", conv::stop));
  WriteFile(dir_.File("bom8.en"), "\xEF\xBB\xBF" + en);
  auto aligned = [&](const std::string& options, const std::string& fr, const std::string& en) {
    return RunTalign("align --presegmented --format tsv " + options + " " + Quote(dir_.File(fr)) +
                     " " + Quote(dir_.File(en)));
  };
  Outcome plain = aligned("", "utf8.fr", "utf8.en");
  ASSERT_EQ(plain.exit_code, 0) << plain.err;
  ASSERT_EQ(plain.out.rfind("Des militants", 0), 0u) << plain.out.substr(0, 40);
  struct Case {
    std::string options, fr, en;
  };
  const std::vector<Case> cases = {
      {"--tgt-encoding utf-16le", "utf8.fr", "bom16.en"},
      {"--encoding utf-16le", "bom16.fr", "bom16.en"},
      {"", "bom16.fr", "bom16.en"},  // the mark names the encoding
      {"--tgt-encoding utf-8", "utf8.fr", "bom8.en"},
      {"", "utf8.fr", "bom8.en"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.options + " " + c.fr + " " + c.en);
    Outcome run = aligned(c.options, c.fr, c.en);
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(run.out.substr(0, 20), plain.out.substr(0, 20));
    EXPECT_EQ(run.out.find("\xEF\xBB\xBF"), std::string::npos);
    EXPECT_TRUE(run.out == plain.out);  // the whole alignment: too long to print
  }
}

// Moses files are read in one encoding: a per-side one is refused, not ignored.
TEST_F(CheckEncodingTest, MosesFilesRefuseAPerSideEncoding) {
  Outcome run = RunTalign("check --moses " + Quote(dir_.File("utf8")) + " --src-encoding latin1");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err, "talign: check: --moses reads both files in one --encoding\n");
}

}  // namespace
}  // namespace talign::testing

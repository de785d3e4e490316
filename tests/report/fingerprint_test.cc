#include "talign/report/fingerprint.h"

#include <gtest/gtest.h>

namespace talign {
namespace {

std::vector<Segment> Segs(const std::vector<std::string>& texts) {
  std::vector<Segment> segments;
  for (const std::string& text : texts) segments.push_back({segments.size(), 0, {}, text});
  return segments;
}

Finding Forbidden(std::size_t src, std::size_t tgt, std::string found = "Talibans") {
  return {"term-forbidden", Severity::kError, src,       {src}, {tgt}, "taliban",
          std::move(found), {"Taliban"},      "message", {},    {}};
}

const std::vector<Segment> kSrc = Segs({"Selon lui, les talibans attaquaient.", "Publicité"});
const std::vector<Segment> kTgt = Segs({"According to him, the Talibans were attacking."});

TEST(FingerprintTest, SameForTheSameProblemWhereverItIs) {
  const std::string fp = FindingFingerprint(Forbidden(0, 0), kSrc, kTgt);
  EXPECT_EQ(fp.size(), 16u);
  // The same bead further down a longer document.
  std::vector<Segment> src = Segs({"Nouvelle phrase.", "Autre.", kSrc[0].text});
  std::vector<Segment> tgt = Segs({"New sentence.", "Other.", kTgt[0].text});
  EXPECT_EQ(FindingFingerprint(Forbidden(2, 2), src, tgt), fp);
  // Re-wrapped and re-capitalised: the same sentence.
  std::vector<Segment> wrapped = Segs({"ACCORDING to him,   the Talibans\nwere attacking."});
  EXPECT_EQ(FindingFingerprint(Forbidden(0, 0), kSrc, wrapped), fp);
}

TEST(FingerprintTest, DiffersWhenWhatTheFindingIsAboutDiffers) {
  const std::string fp = FindingFingerprint(Forbidden(0, 0), kSrc, kTgt);
  Finding other_check = Forbidden(0, 0);
  other_check.check = "term-missing";
  Finding other_word = Forbidden(0, 0, "Taleban");
  std::vector<Segment> edited = Segs({"According to him, the Talibans attacked."});
  EXPECT_NE(FindingFingerprint(other_check, kSrc, kTgt), fp);
  EXPECT_NE(FindingFingerprint(other_word, kSrc, kTgt), fp);
  EXPECT_NE(FindingFingerprint(Forbidden(0, 0), kSrc, edited), fp);
  EXPECT_NE(FindingFingerprint(Forbidden(1, 0), kSrc, kTgt), fp);
}

TEST(IgnoreListTest, ReadsFingerprintsAndComments) {
  IgnoreList ignore = ParseIgnoreList(
      "# reviewed by the desk\n"
      "9c1f0e5a7b3d2e41\n"
      "  00000000000000ff   # quoted spelling, fine\r\n"
      "\n",
      "desk.ignore");
  EXPECT_EQ(ignore, (IgnoreList{"9c1f0e5a7b3d2e41", "00000000000000ff"}));
}

TEST(IgnoreListTest, RejectsWhatIsNotAFingerprintNamingTheLine) {
  const std::pair<const char*, std::size_t> cases[] = {
      {"9c1f0e5a7b3d2e41\nterm-forbidden\n", 2},
      {"9C1F0E5A7B3D2E41\n", 1},  // talign prints lower case
      {"9c1f0e5a7b3d2e4\n", 1},   // one digit short
      {"# a\n# b\n9c1f0e5a7b3d2e41 x\n", 3},
  };
  for (const auto& [text, line] : cases) {
    SCOPED_TRACE(text);
    try {
      ParseIgnoreList(text, "desk.ignore");
      ADD_FAILURE() << "no error";
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::kData);
      EXPECT_EQ(e.where().line, line);
    }
  }
}

}  // namespace
}  // namespace talign

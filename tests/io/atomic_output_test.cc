#include "talign/io/atomic_output.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "talign/base/error.h"
#include "test_util/temp_dir.h"
#include "test_util/test_data.h"

namespace talign {
namespace {

namespace fs = std::filesystem;
using testing::ReadFile;
using testing::TempDir;

std::size_t FileCount(const std::string& dir) {
  return static_cast<std::size_t>(
      std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

TEST(AtomicOutput, NothingAppearsUntilCommit) {
  TempDir dir;
  const std::string path = dir.File("beads.txt");
  {
    AtomicOutput out(path);
    out.stream() << "[0]:[0]\n";
    EXPECT_FALSE(fs::exists(path));
    out.Commit();
  }
  EXPECT_EQ(ReadFile(path), "[0]:[0]\n");
  EXPECT_EQ(FileCount(dir.path()), 1u);  // no temporary left behind
}

TEST(AtomicOutput, AbandonedOutputLeavesOldFileAndNoTemporary) {
  TempDir dir;
  const std::string path = dir.File("report.json");
  WriteOutput(path, "old");
  {
    AtomicOutput out(path);
    out.stream() << "half";
  }  // e.g. an exception unwound before Commit()
  EXPECT_EQ(ReadFile(path), "old");
  EXPECT_EQ(FileCount(dir.path()), 1u);
}

TEST(AtomicOutput, UncreatableOutputIsCantCreate) {
  TempDir dir;
  for (const std::string& path : {dir.File("no/such/dir/out.txt"), dir.path()}) {
    SCOPED_TRACE(path);
    try {
      AtomicOutput out(path);
      FAIL();
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::kCantCreate);
      EXPECT_EQ(e.where().file, path);
    }
  }
}

}  // namespace
}  // namespace talign

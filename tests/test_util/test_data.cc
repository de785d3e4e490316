#include "test_util/test_data.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace talign::testing {

std::string SourcePath(const std::string& relative) {
  return std::string(TALIGN_SOURCE_DIR) + "/" + relative;
}

std::string SharedPath(const std::string& relative) {
  return std::string(TALIGN_SHARED_DIR) + "/" + relative;
}

std::string TalignBinary() { return TALIGN_BINARY; }

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in.good()) << "cannot read " << path;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

void WriteFile(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
  ASSERT_TRUE(out.good()) << "cannot write " << path;
}

bool Exists(const std::string& path) { return std::filesystem::exists(path); }

}  // namespace talign::testing

#include "test_util/temp_dir.h"

#include <stdlib.h>

#include <filesystem>
#include <stdexcept>

namespace talign::testing {

TempDir::TempDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "talign-test-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
  path_ = pattern;
}

TempDir::~TempDir() {
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

}  // namespace talign::testing

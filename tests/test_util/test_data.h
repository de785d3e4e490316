// Paths of test data, from CMake, and small file helpers.
//
//   std::string fr = ReadFile(SourcePath("corpora/seed/article.fr.txt"));
//   if (!Exists(SharedPath("data/textberg-dev/dev.de"))) GTEST_SKIP();
#pragma once

#include <string>

namespace talign::testing {

std::string SourcePath(const std::string& relative);  // under the repository root
std::string SharedPath(const std::string& relative);  // under ../shared (dev data)
std::string TalignBinary();                           // the built `talign` executable

std::string ReadFile(const std::string& path);  // whole file; fails the test if unreadable
void WriteFile(const std::string& path, const std::string& bytes);
bool Exists(const std::string& path);

}  // namespace talign::testing

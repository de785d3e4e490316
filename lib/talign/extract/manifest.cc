#include "talign/extract/manifest.h"

#include <filesystem>
#include <fstream>

#include "talign/base/error.h"

namespace talign {
namespace {

std::string Resolve(const std::filesystem::path& dir, const std::string& path) {
  std::filesystem::path p(path);
  return p.is_absolute() ? path : (dir / p).string();
}

}  // namespace

std::vector<DocumentPaths> ReadManifest(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw Error(ErrorKind::kNoInput, {path}, "cannot read the manifest");
  std::filesystem::path dir = std::filesystem::path(path).parent_path();
  std::vector<DocumentPaths> pairs;
  std::size_t line_number = 0;
  for (std::string line; std::getline(in, line);) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    std::size_t tab = line.find('\t');
    if (tab == std::string::npos || line.find('\t', tab + 1) != std::string::npos) {
      throw Error(ErrorKind::kData, {path, line_number},
                  "expected SRC<TAB>TGT (one tab between the two file names)");
    }
    pairs.push_back({Resolve(dir, line.substr(0, tab)), Resolve(dir, line.substr(tab + 1))});
  }
  return pairs;
}

}  // namespace talign

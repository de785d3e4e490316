#include "talign/io/manifest.h"

#include <algorithm>
#include <filesystem>
#include <vector>

#include "talign/base/error.h"

namespace talign {
namespace {

std::string Resolved(const std::filesystem::path& dir, std::string_view path) {
  std::filesystem::path p{std::string(path)};
  return p.is_absolute() || dir.empty() ? p.string() : (dir / p).string();
}

// NAME made canonical (`./x` and `x` are one output), refused when it could leave -o DIR.
std::string OutputName(std::string_view field, const std::string& file_name, std::size_t number) {
  std::filesystem::path name{std::string(field)};
  bool escapes =
      name.is_absolute() || name.has_root_path() ||
      std::any_of(name.begin(), name.end(), [](const auto& part) { return part == ".."; });
  if (escapes) {
    throw Error(
        ErrorKind::kData, {file_name, number},
        "output name `" + std::string(field) +
            "` must be a relative path inside the output directory (no `..`, not absolute)");
  }
  std::string normal = name.lexically_normal().string();
  if (normal.empty() || normal == "." || normal.back() == '/') {
    throw Error(ErrorKind::kData, {file_name, number},
                "output name `" + std::string(field) + "` names no file");
  }
  return normal;
}

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> fields;
  for (std::size_t tab; (tab = line.find('\t')) != std::string_view::npos;
       line.remove_prefix(tab + 1)) {
    fields.push_back(line.substr(0, tab));
  }
  fields.push_back(line);
  return fields;
}

ManifestEntry ParseLine(std::string_view line, const std::filesystem::path& dir,
                        const std::string& file_name, std::size_t number) {
  std::vector<std::string_view> fields = SplitTabs(line);
  bool empty_field = std::any_of(fields.begin(), fields.end(), [](auto f) { return f.empty(); });
  if (fields.size() < 2 || fields.size() > 3 || empty_field) {
    throw Error(
        ErrorKind::kData, {file_name, number},
        "expected `SRC<TAB>TGT` or `SRC<TAB>TGT<TAB>NAME`, got `" + std::string(line) + "`");
  }
  return {Resolved(dir, fields[0]), Resolved(dir, fields[1]), number,
          fields.size() == 3 ? OutputName(fields[2], file_name, number) : std::string()};
}

}  // namespace

std::vector<ManifestEntry> ParseManifest(std::string_view text, const std::string& file_name) {
  const std::filesystem::path dir =
      file_name == "-" ? std::filesystem::path() : std::filesystem::path(file_name).parent_path();
  std::vector<ManifestEntry> entries;
  std::size_t number = 0;
  while (!text.empty()) {
    std::size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos || line.front() == '#') continue;
    entries.push_back(ParseLine(line, dir, file_name, number));
  }
  if (entries.empty())
    throw Error(ErrorKind::kData, {file_name}, "the manifest lists no document pair");
  return entries;
}

}  // namespace talign

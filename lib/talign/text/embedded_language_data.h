// The files of data/languages, compiled into the library by CMake
// (cmake/EmbedLanguageData.cmake), so that no binary needs a data path.
#pragma once

#include <string_view>
#include <vector>

namespace talign {

struct EmbeddedFile {
  std::string_view path;      // relative to data/languages: "fr/settings.tsv"
  std::string_view contents;  // the file's bytes as written
};

// Every `<code>/<name>.txt` and `<code>/<name>.tsv`, sorted by path.
const std::vector<EmbeddedFile>& EmbeddedLanguageData();

}  // namespace talign

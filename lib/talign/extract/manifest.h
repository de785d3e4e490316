// A manifest: many document pairs, one "SRC<TAB>TGT" line each.
//
//   for (const DocumentPaths& pair : ReadManifest("corpus.tsv")) …
//   // relative paths are taken from the manifest's directory
#pragma once

#include <string>
#include <vector>

namespace talign {

struct DocumentPaths {
  std::string src;
  std::string tgt;
};

// Blank lines and lines starting with '#' are skipped. Throws Error{kNoInput} when the file
// cannot be read, Error{kData, file:line} for a line without exactly one tab.
std::vector<DocumentPaths> ReadManifest(const std::string& path);

}  // namespace talign

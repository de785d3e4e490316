// The corpus manifest of `talign check --manifest FILE`: one document pair per line,
// `SRC<TAB>TGT`, with an optional third column naming the pair's output. Blank lines and lines
// starting with `#` are skipped. Relative paths are relative to the manifest's own directory, so a
// corpus folder can move as a whole.
//
//   for (const ManifestEntry& e : ParseManifest(ReadText("week.tsv", ""), "week.tsv"))
//     ReadDocument(e.src, …);   // e.line names the manifest line in messages
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace talign {

struct ManifestEntry {
  std::string src;
  std::string tgt;
  std::size_t line = 0;  // 1-based line of the manifest
  std::string name;      // the optional third column, lexically normal; "" when absent
};

// Throws Error{kData, file:line} on a line with other than 2 or 3 columns or an empty one,
// a NAME that is absolute or has a `..` component (it could write outside the output
// directory), and on a manifest that lists no pair.
std::vector<ManifestEntry> ParseManifest(std::string_view text, const std::string& file_name);

}  // namespace talign

// Reading a TMX 1.4b file as an aligned corpus: one bead per <tu>.
//
//   ParallelSegments tm = ParseTmx(ReadText("week.tmx", ""), "week.tmx", fr, en);
//   tm.alignment.beads[0] == Bead{{0}, {0}};  // a <tu> lacking a side gives a 1-0 or 0-1 bead
#pragma once

#include <string>
#include <string_view>

#include "talign/base/language.h"
#include "talign/io/parallel_segments.h"

namespace talign {

// <tuv xml:lang> (or TMX 1.1's `lang`) is matched by primary subtag: "fr-FR" is fr. A <seg>'s
// text is its character data with inline codes (<bpt>, <ept>, <it>, <ph>, <ut>) left out and
// white space runs made one space. Throws Error{kData, file:line} when the XML is malformed,
// the root is not <tmx>, or no <tuv> has the source language.
ParallelSegments ParseTmx(std::string_view xml, const std::string& file_name,
                          const Language& src_language, const Language& tgt_language);

}  // namespace talign

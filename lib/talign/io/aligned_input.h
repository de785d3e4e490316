// Inputs that arrive already aligned, chosen by file name: TMX (.tmx), XLIFF (.xlf,
// .xliff), or Moses-style parallel files given by their PREFIX.
//
//   if (IsAlignedFile(path)) units = ReadAlignedFile(path, fr, en);
#pragma once

#include <string>

#include "talign/base/language.h"
#include "talign/io/parallel_segments.h"

namespace talign {

// True for a name ending in .tmx, .xlf or .xliff (any case).
bool IsAlignedFile(const std::string& path);

// Reads a TMX or XLIFF file (see tmx_reader.h, xliff_reader.h) in the encoding its XML
// declaration names.
ParallelSegments ReadAlignedFile(const std::string& path, const Language& src_language,
                                 const Language& tgt_language);

// The text of one side of a bead: its segments joined by one space.
std::string BeadSideText(const std::vector<Segment>& segments,
                         const std::vector<std::size_t>& side);

}  // namespace talign

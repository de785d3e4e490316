// Reading Moses-style parallel files as an aligned corpus: PREFIX.SRC_LANG and
// PREFIX.TGT_LANG, line i of one translating line i of the other (one bead per line).
//
//   ParallelSegments corpus = ReadMosesPair("train", fr, en, "");  // train.fr + train.en
#pragma once

#include <string>

#include "talign/base/language.h"
#include "talign/io/parallel_segments.h"

namespace talign {

// Throws Error{kNoInput} when a file is missing, Error{kData, file:line} on bad text or
// when the two files have different line counts (naming the shorter file's last line).
ParallelSegments ReadMosesPair(const std::string& prefix, const Language& src_language,
                               const Language& tgt_language, const std::string& encoding);

}  // namespace talign

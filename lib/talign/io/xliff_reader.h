// Reading XLIFF 1.2 and 2.x files as an aligned corpus: one bead per translation unit
// (1.2 <trans-unit>) or segment (2.x <segment>), source and target as written.
//
//   ParallelSegments units = ParseXliff(ReadText("job.xlf", ""), "job.xlf", fr, en);
#pragma once

#include <string>
#include <string_view>

#include "talign/base/language.h"
#include "talign/io/parallel_segments.h"

namespace talign {

// Inline codes are left out of the text (1.2: <bpt> <ept> <it> <ph> <x/> <bx/> <ex/>;
// 2.x: <ph/> <sc/> <ec/>), while the text inside <g>, <pc> and <mrk> is kept. A unit
// without <target> gives a 1-0 bead. Throws Error{kData, file:line} when the XML is
// malformed, the root is not <xliff>, or the file's languages are not the pair asked for.
ParallelSegments ParseXliff(std::string_view xml, const std::string& file_name,
                            const Language& src_language, const Language& tgt_language);

}  // namespace talign

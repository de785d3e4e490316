// Writers for `talign segment`: one sentence per line, or JSON lines with byte offsets.
#pragma once

#include <optional>
#include <ostream>
#include <string>

#include "talign/text/document.h"

namespace talign {

enum class SegmentsFormat { kLines, kJsonl };

std::optional<SegmentsFormat> ParseSegmentsFormat(const std::string& name);

// kJsonl: {"index":0,"paragraph":0,"start":0,"end":57,"text":"…"} per segment, start/end
// being byte offsets into the input as read (after BOM removal and any --encoding).
void WriteSegments(std::ostream& out, SegmentsFormat format, const Document& doc);

}  // namespace talign

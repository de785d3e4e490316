#include "talign/base/printable.h"

#include <cstdio>

namespace talign {

std::string Printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  char escape[8];
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    const auto next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
    if (byte < 0x20 || byte == 0x7F) {
      std::snprintf(escape, sizeof escape, "\\x%02x", byte);
      out += escape;
    } else if (byte == 0xC2 && next >= 0x80 && next <= 0x9F) {  // C1: U+0080-U+009F
      std::snprintf(escape, sizeof escape, "\\u00%02x", next);
      out += escape;
      ++i;
    } else {
      out += text[i];
    }
  }
  return out;
}

}  // namespace talign

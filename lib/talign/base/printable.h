// Text from the input made safe to show on a terminal: no escape sequence in a document,
// a file name or a glossary reaches it raw (SPEC: "Nothing the input contains reaches a
// terminal raw").
//
//   Printable("Tr\u00eave \x1b[31mrouge")  // "Trêve \x1b[31mrouge", with a literal backslash
#pragma once

#include <string>
#include <string_view>

namespace talign {

// `text` with every C0 control (tab and line feed too: a report line stays one line), DEL
// and C1 control (U+0080-U+009F, in UTF-8) written as `\xHH` or `\u00HH`; the rest as is.
std::string Printable(std::string_view text);

}  // namespace talign

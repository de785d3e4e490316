// Writing a pugixml document as well-formed XML 1.0 whatever text the input put in it.
// Internal to io: it exposes pugixml.
//
//   SaveXml(doc, out);   // indented, UTF-8; a control character from the input is dropped
#pragma once

#include <ostream>
#include <pugixml.hpp>

namespace talign {

// pugixml writes a control character as `&#27;`, which XML 1.0 forbids (only tab, line
// feed and carriage return are allowed below U+0020): such references are left out.
void SaveXml(const pugi::xml_document& doc, std::ostream& out);

}  // namespace talign

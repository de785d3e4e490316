// Page furniture: the lines a news page carries that are not the story ("Publicité",
// "Lire la suite", "► À écouter : …", "© AFP", "Read more: …"), listed in each language's
// furniture.txt. A translation may drop them, or add its own, and that is no omission or
// addition.
//
//   IsPageFurniture("Publicité Lire la suite");         // true: two items in a row
//   IsPageFurniture("► À écouter : Un accord de paix");  // true: an item and its title
#pragma once

#include <string_view>

namespace talign {

// True when the whole of `text`, folded, is made of furniture items of any language with
// data: pages mix them ("Share" buttons on a French page, "© AFP" everywhere).
bool IsPageFurniture(std::string_view text);

}  // namespace talign

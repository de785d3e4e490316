// Reading and writing glossaries in SPEC's YAML schema.
//
//   Glossary g = LoadGlossary("glossary/news.fr-en.yaml");
//   std::string yaml = SaveGlossary(g);  // LoadGlossary of this text gives `g` back
//
// Invalid input throws talign::Error naming the file, line and column of the fault:
//   missing or unreadable file    → ErrorKind::kNoInput
//   YAML syntax error             → ErrorKind::kData ("glossary.yaml:4:3: …")
//   schema fault (unknown key `targt`, `target` is a map, duplicate id, empty source,
//   unknown language, duplicate key, too many nodes)   → ErrorKind::kData
#pragma once

#include <string>
#include <string_view>

#include "talign/glossary/glossary.h"

namespace talign {

// Reads and validates the glossary at `path`. Every Term's `where` is set to the entry's
// position, and its `id` derived from its first source form when the file gives none.
Glossary LoadGlossary(const std::string& path);

// As LoadGlossary, from YAML text; `file_name` is only used in locations and messages.
Glossary ParseGlossary(std::string_view yaml, const std::string& file_name);

// YAML text in SPEC's schema: keys in schema order, optional keys only when set.
std::string SaveGlossary(const Glossary& glossary);

}  // namespace talign

// The formats of data/languages, parsed with errors that name the file and line.
//
//   ParseWordList("# articles\nle\nla  # feminine\n", "fr/x.txt") == {"le", "la"}
//   ParseTable("Mme\tMadame\n", "fr/x.tsv") == {{"Mme", "Madame"}}
//   ParseSettings("snowball\tfrench\n", "fr/settings.tsv").at("snowball") == "french"
//
// Common rules: `#` at the start of a line or after a blank starts a comment; spaces around
// an entry are trimmed (tabs separate columns); blank lines are skipped; text is UTF-8.
// A fault throws Error{kData} at {file, line}.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace talign {

using Settings = std::map<std::string, std::string, std::less<>>;

// One entry per line; an entry holds no tab (a tab means the file wanted to be a table).
std::vector<std::string> ParseWordList(std::string_view text, const std::string& file);

// Tab-separated cells per line; no cell may be empty (it would be a stray tab).
std::vector<std::vector<std::string>> ParseTable(std::string_view text, const std::string& file);

// `key<TAB>value` lines; each key once.
Settings ParseSettings(std::string_view text, const std::string& file);

}  // namespace talign

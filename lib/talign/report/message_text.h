// Finding messages as a reader sees them. Checks quote what they name in backticks
// ("`922 kg`"); reports render the quotes, never the backticks.
//
//   MessageText("source has `20`") == "source has “20”"
//   MessageHtml("source has `<20>`") == "source has <q>&lt;20&gt;</q>"
#pragma once

#include <string>
#include <string_view>

namespace talign {

std::string MessageText(std::string_view message);
// HTML-escaped, each quoted span in a <q> element.
std::string MessageHtml(std::string_view message);

}  // namespace talign

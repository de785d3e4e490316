#include "talign/report/message_text.h"

#include "talign/report/html_report.h"

namespace talign {
namespace {

// Calls `plain` and `quoted` on the message's parts in order; a lone backtick stays text.
template <typename Plain, typename Quoted>
void Split(std::string_view message, Plain plain, Quoted quoted) {
  while (!message.empty()) {
    std::size_t open = message.find('`');
    std::size_t close = open == std::string_view::npos ? open : message.find('`', open + 1);
    if (close == std::string_view::npos) return plain(message);
    plain(message.substr(0, open));
    quoted(message.substr(open + 1, close - open - 1));
    message.remove_prefix(close + 1);
  }
}

}  // namespace

std::string MessageText(std::string_view message) {
  std::string out;
  Split(
      message, [&](std::string_view s) { out += s; },
      [&](std::string_view s) { out += "\xE2\x80\x9C" + std::string(s) + "\xE2\x80\x9D"; });
  return out;
}

std::string MessageHtml(std::string_view message) {
  std::string out;
  Split(
      message, [&](std::string_view s) { out += HtmlEscape(std::string(s)); },
      [&](std::string_view s) { out += "<q>" + HtmlEscape(std::string(s)) + "</q>"; });
  return out;
}

}  // namespace talign

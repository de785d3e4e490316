// The HTML check report: one self-contained page (inline CSS, no script, no external
// resource) that a reviewer opens in any browser, or mails.
//
//   WriteReportHtml(out, report);   // report: check_report.h
//   HtmlEscape("<b>\"R&D\"</b>") == "&lt;b&gt;&quot;R&amp;D&quot;&lt;/b&gt;"
//
// The page has a summary per check, the list of findings (message, fingerprint), the two
// texts side by side bead by bead with each finding's bead marked and its `found` words
// highlighted in the sentences (<mark class="error|warning" data-finding="N">), and the
// per-term renderings table. Every piece of text goes through HtmlEscape.
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "talign/report/check_report.h"

namespace talign {

// Escapes & < > " ' for element content and quoted attribute values alike.
std::string HtmlEscape(std::string_view text);

void WriteReportHtml(std::ostream& out, const CheckReport& report);

}  // namespace talign

#include "talign/report/html_report.h"

#include <algorithm>
#include <map>

#include "talign/report/findings_format.h"
#include "talign/report/message_text.h"
#include "talign/text/normalizer.h"

namespace talign {
namespace {

constexpr const char* kStyle = R"(
body{font:15px/1.45 system-ui,sans-serif;margin:2em auto;max-width:80em;padding:0 1em;color:#222}
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em}h3{font-size:1em;color:#555}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;padding:.35em .5em;
text-align:left;vertical-align:top}th{background:#f4f4f4}table.checks{width:auto}
td.count{text-align:right}td.n{width:6em;color:#777;font-size:.85em}
td.src,td.tgt{width:47%}p.seg{margin:0 0 .3em}span.i{color:#999;font-size:.75em;margin-right:.4em}
tr.error td{background:#fff0f0}tr.warning td{background:#fffbe8}
mark.error{background:#ffb3b3;border-bottom:2px solid #c00}
mark.warning{background:#ffe58a;border-bottom:2px solid #b80}
.sev{font-weight:bold;text-transform:uppercase;font-size:.75em;padding:.1em .4em;border-radius:3px}
.sev.error{background:#c00;color:#fff}.sev.warning{background:#b80;color:#fff}
ol.findings li{margin:.4em 0}code.fp{color:#888;font-size:.8em}
a.ref{display:block;font-size:.8em}a.ref.error{color:#c00}a.ref.warning{color:#960}
.none{color:#999;font-style:italic})";

// One highlighted stretch of a segment, for finding `finding`.
struct Mark {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t finding = 0;
};

using Marks = std::map<std::size_t, std::vector<Mark>>;  // segment index → marks

// Every occurrence of `found` in `text`; with `fold`, ASCII case ignored (byte offsets are
// unchanged by it).
bool MarkAll(const std::string& text, const std::string& found, bool fold, std::size_t finding,
             std::vector<Mark>& marks) {
  const std::string haystack = fold ? LowerAscii(text) : text,
                    needle = fold ? LowerAscii(found) : found;
  bool any = false;
  for (std::size_t at = haystack.find(needle); at != std::string::npos;
       at = haystack.find(needle, at + needle.size())) {
    marks.push_back({at, at + needle.size(), finding});
    any = true;
  }
  return any;
}

// Which side a check's `found` words come from; checks not listed: either side.
struct FoundSide {
  const char* check;
  bool source;
  bool target;
};
constexpr FoundSide kFoundSides[] = {
    {"term-missing", true, false},    // the source term left untranslated
    {"term-forbidden", false, true},  // "Kaboul" in the target, not the French "Kaboul"
    {"inconsistent-translation", false, true},
};

FoundSide SidesOf(const std::string& check) {
  for (const FoundSide& sides : kFoundSides) {
    if (check == sides.check) return sides;
  }
  return {"", true, true};
}

// The words the check located, on whichever side they stand.
void MarkSpans(const Finding& f, std::size_t i, Marks (&marks)[2]) {
  for (const FindingSpan& span : f.spans) {
    marks[span.source ? 0 : 1][span.segment].push_back({span.range.begin, span.range.end, i});
  }
}

// A finding without spans: its found words as written; only when the bead does not hold
// them as written, ignoring case ("Talibans" found, "talibans" written).
void MarkFound(const CheckReport& report, std::size_t i, Marks (&marks)[2]) {
  const Finding& f = report.findings[i];
  const FoundSide sides = SidesOf(f.check);
  const bool wanted[2] = {sides.source, sides.target};
  const std::vector<std::size_t>* indices[2] = {&f.source_segments, &f.target_segments};
  const std::vector<Segment>* segments[2] = {&report.corpus.src, &report.corpus.tgt};
  for (bool fold : {false, true}) {
    bool any = false;
    for (int side = 0; side < 2; ++side) {
      if (!wanted[side]) continue;
      for (std::size_t s : *indices[side]) {
        if (s >= segments[side]->size()) continue;
        any = MarkAll((*segments[side])[s].text, f.found, fold, i, marks[side][s]) || any;
      }
    }
    if (any) return;
  }
}

const char* SeverityClass(Severity severity) {
  return severity == Severity::kError ? "error" : "warning";
}

// Escaped text with <mark>s; a mark overlapping an earlier one is dropped.
std::string Highlighted(const std::string& text, std::vector<Mark> marks,
                        const std::vector<Finding>& findings) {
  std::sort(marks.begin(), marks.end(),
            [](const Mark& a, const Mark& b) { return a.begin < b.begin; });
  std::string html;
  std::size_t at = 0;
  for (const Mark& m : marks) {
    if (m.begin < at) continue;
    const Finding& f = findings[m.finding];
    html += HtmlEscape(text.substr(at, m.begin - at)) + "<mark class=\"" +
            SeverityClass(f.severity) + "\" data-finding=\"" + std::to_string(m.finding) +
            "\" title=\"" + HtmlEscape(f.check + ": " + MessageText(f.message)) + "\">" +
            HtmlEscape(text.substr(m.begin, m.end - m.begin)) + "</mark>";
    at = m.end;
  }
  return html + HtmlEscape(text.substr(at));
}

void WriteCheckTable(std::ostream& out, const CheckReport& report) {
  out << "<table class=\"checks\"><thead><tr><th>Check</th><th>Errors</th><th>Warnings</th>"
         "</tr></thead><tbody>\n";
  for (const std::string& check : report.checks) {
    std::size_t counts[2] = {0, 0};
    for (const Finding& f : report.findings)
      counts[f.severity == Severity::kError] += f.check == check;
    out << "<tr data-check=\"" << HtmlEscape(check) << "\"><td>" << HtmlEscape(check)
        << "</td><td class=\"count\">" << counts[1] << "</td><td class=\"count\">" << counts[0]
        << "</td></tr>\n";
  }
  out << "</tbody></table>\n";
}

void WriteFindingList(std::ostream& out, const CheckReport& report) {
  out << "<h2>Findings</h2>\n";
  if (report.findings.empty()) out << "<p class=\"none\">No findings.</p>\n";
  out << "<ol class=\"findings\">\n";
  for (std::size_t i = 0; i < report.findings.size(); ++i) {
    const Finding& f = report.findings[i];
    out << "<li id=\"f" << i << "\" class=\"finding " << SeverityClass(f.severity)
        << "\" data-check=\"" << HtmlEscape(f.check) << "\"><span class=\"sev "
        << SeverityClass(f.severity) << "\">" << SeverityClass(f.severity) << "</span> <b>"
        << HtmlEscape(f.check) << "</b> at <a href=\"#b" << f.bead << "\">" << FindingPlace(f)
        << "</a>: " << MessageHtml(f.message) << " <code class=\"fp\">"
        << HtmlEscape(report.fingerprints[i]) << "</code></li>\n";
  }
  out << "</ol>\n";
}

void WriteSide(std::ostream& out, const char* cls, const std::vector<std::size_t>& indices,
               const std::vector<Segment>& segments, const Marks& marks,
               const std::vector<Finding>& findings) {
  out << "<td class=\"" << cls << "\">";
  if (indices.empty()) out << "<span class=\"none\">(nothing)</span>";
  for (std::size_t s : indices) {
    auto it = marks.find(s);
    out << "<p class=\"seg\" data-segment=\"" << s << "\"><span class=\"i\">" << s << "</span>"
        << Highlighted(segments[s].text, it == marks.end() ? std::vector<Mark>{} : it->second,
                       findings)
        << "</p>";
  }
  out << "</td>";
}

void WriteBeadRow(std::ostream& out, const CheckReport& report, std::size_t b,
                  const std::vector<std::size_t>& bead_findings, const Marks (&marks)[2]) {
  const Bead& bead = report.corpus.alignment.beads[b];
  bool error = std::any_of(bead_findings.begin(), bead_findings.end(), [&](std::size_t i) {
    return report.findings[i].severity == Severity::kError;
  });
  const char* cls = bead_findings.empty() ? "bead" : error ? "bead error" : "bead warning";
  out << "<tr id=\"b" << b << "\" class=\"" << cls << "\"><td class=\"n\">" << b;
  for (std::size_t i : bead_findings) {
    const Finding& f = report.findings[i];
    out << "<a class=\"ref " << SeverityClass(f.severity) << "\" href=\"#f" << i << "\">"
        << HtmlEscape(f.check) << "</a>";
  }
  out << "</td>";
  WriteSide(out, "src", bead.src, report.corpus.src, marks[0], report.findings);
  WriteSide(out, "tgt", bead.tgt, report.corpus.tgt, marks[1], report.findings);
  out << "</tr>\n";
}

void WriteTexts(std::ostream& out, const CheckReport& report) {
  Marks marks[2];
  std::map<std::size_t, std::vector<std::size_t>> by_bead;
  for (std::size_t i = 0; i < report.findings.size(); ++i) {
    const Finding& f = report.findings[i];
    by_bead[f.bead].push_back(i);
    if (!f.spans.empty()) {
      MarkSpans(f, i, marks);
    } else if (!f.found.empty()) {
      MarkFound(report, i, marks);
    }
  }
  out << "<h2>Texts, bead by bead</h2>\n";
  const std::size_t beads = report.corpus.alignment.beads.size();
  for (std::size_t p = 0; p < report.corpus.parts.size(); ++p) {
    const CorpusPart& part = report.corpus.parts[p];
    std::size_t end =
        p + 1 < report.corpus.parts.size() ? report.corpus.parts[p + 1].first_bead : beads;
    out << "<h3>" << HtmlEscape(part.src_name) << " — " << HtmlEscape(part.tgt_name) << "</h3>\n"
        << "<table class=\"beads\"><thead><tr><th>Bead</th><th>Source</th><th>Target</th></tr>"
           "</thead><tbody>\n";
    for (std::size_t b = part.first_bead; b < end; ++b)
      WriteBeadRow(out, report, b, by_bead[b], marks);
    out << "</tbody></table>\n";
  }
}

void WriteRenderings(std::ostream& out, const std::vector<TermRenderings>& table) {
  if (table.empty()) return;
  out << "<h2>Term renderings</h2>\n<table class=\"renderings\"><thead><tr><th>Source term</th>"
         "<th>Beads</th><th>Renderings</th></tr></thead><tbody>\n";
  for (const TermRenderings& row : table) {
    out << "<tr class=\"" << (row.in_glossary ? "glossary" : "frequent") << "\"><td>"
        << HtmlEscape(row.term)
        << (row.in_glossary ? "" : " <span class=\"none\">(not in the glossary)</span>")
        << "</td><td class=\"count\">" << row.beads << "</td><td>";
    for (std::size_t i = 0; i < row.renderings.size(); ++i) {
      const Rendering& r = row.renderings[i];
      out << (i == 0 ? "" : ", ")
          << (r.text.empty() ? "<span class=\"none\">(none)</span>" : HtmlEscape(r.text)) << " ×"
          << r.count;
    }
    out << "</td></tr>\n";
  }
  out << "</tbody></table>\n";
}

}  // namespace

std::string HtmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

void WriteReportHtml(std::ostream& out, const CheckReport& report) {
  const CheckSummary& s = report.summary;
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<title>talign check report</title>\n<style>"
      << kStyle << "</style>\n</head>\n<body>\n"
      << "<h1>talign check</h1>\n<p class=\"totals\">";
  WriteSummaryLine(out, s);
  if (report.ignored > 0) out << "; " << report.ignored << " ignored";
  out << "</p>\n";
  WriteCheckTable(out, report);
  WriteFindingList(out, report);
  WriteTexts(out, report);
  WriteRenderings(out, report.renderings);
  out << "</body>\n</html>\n";
}

}  // namespace talign

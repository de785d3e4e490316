#include "talign/report/fingerprint.h"

#include <cstdint>
#include <cstdio>

#include "talign/base/error.h"
#include "talign/text/normalizer.h"

namespace talign {
namespace {

constexpr std::uint64_t kFnvOffset = 14695981039346656037ull;
constexpr std::uint64_t kFnvPrime = 1099511628211ull;

// Runs of white space → one space, ASCII letters lower-cased, ends trimmed: re-wrapping or
// re-capitalising a sentence is not a new finding.
std::string Folded(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return LowerAscii(out);
}

// Fields are separated by a byte no UTF-8 text holds, so "ab"+"c" ≠ "a"+"bc".
void Mix(std::uint64_t& hash, std::string_view field) {
  for (unsigned char c : field) hash = (hash ^ c) * kFnvPrime;
  hash = (hash ^ 0xFFu) * kFnvPrime;
}

std::string SideText(const std::vector<std::size_t>& indices,
                     const std::vector<Segment>& segments) {
  std::string text;
  for (std::size_t i : indices) text += (i < segments.size() ? segments[i].text : "") + " ";
  return Folded(text);
}

bool IsFingerprint(std::string_view s) {
  if (s.size() != 16) return false;
  for (char c : s) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

std::string_view Trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

}  // namespace

std::string FindingFingerprint(const Finding& finding, const std::vector<Segment>& src,
                               const std::vector<Segment>& tgt) {
  std::uint64_t hash = kFnvOffset;
  Mix(hash, finding.check);
  Mix(hash, finding.term);
  Mix(hash, Folded(finding.found));
  Mix(hash, SideText(finding.source_segments, src));
  Mix(hash, SideText(finding.target_segments, tgt));
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
  return hex;
}

IgnoreList ParseIgnoreList(std::string_view text, const std::string& file_name) {
  IgnoreList ignore;
  std::size_t line_number = 0;
  while (!text.empty()) {
    std::size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    ++line_number;
    line = Trimmed(line.substr(0, line.find('#')));
    if (line.empty()) continue;
    if (!IsFingerprint(line)) {
      throw Error(ErrorKind::kData, {file_name, line_number},
                  "`" + std::string(line) +
                      "` is not a fingerprint (16 hex digits, as `talign check` prints them)");
    }
    ignore.insert(std::string(line));
  }
  return ignore;
}

}  // namespace talign

#include "talign/text/language_data.h"

#include "talign/base/error.h"
#include "talign/base/utf8.h"

namespace talign {
namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// Spaces only: a tab at either end of a table row is an empty column.
std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// The line up to a comment, and without the blanks (tabs too) that lead to the comment.
std::string_view WithoutComment(std::string_view line) {
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] != '#' || (i > 0 && !IsBlank(line[i - 1]))) continue;
    while (i > 0 && IsBlank(line[i - 1])) --i;
    return line.substr(0, i);
  }
  return line;
}

// Calls `visit(line_number, content)` for each line that has content after comments.
void ForEachEntry(std::string_view text, const std::string& file,
                  const std::function<void(std::size_t, std::string_view)>& visit) {
  if (auto bad = FindInvalidUtf8(text)) {
    throw Error(ErrorKind::kData, {file, LineOfOffset(text, *bad)}, "not UTF-8");
  }
  std::size_t number = 0;
  while (!text.empty()) {
    std::size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    ++number;
    std::string_view content = Trim(WithoutComment(line));
    if (!content.empty()) visit(number, content);
  }
}

}  // namespace

std::vector<std::string> ParseWordList(std::string_view text, const std::string& file) {
  std::vector<std::string> words;
  ForEachEntry(text, file, [&](std::size_t number, std::string_view entry) {
    if (entry.find('\t') != std::string_view::npos) {
      throw Error(ErrorKind::kData, {file, number}, "a tab in a word list (tables are .tsv)");
    }
    words.emplace_back(entry);
  });
  return words;
}

std::vector<std::vector<std::string>> ParseTable(std::string_view text, const std::string& file) {
  std::vector<std::vector<std::string>> rows;
  ForEachEntry(text, file, [&](std::size_t number, std::string_view entry) {
    std::vector<std::string> cells;
    for (std::size_t start = 0;;) {
      std::size_t tab = entry.find('\t', start);
      std::string_view cell = Trim(entry.substr(start, tab - start));
      if (cell.empty()) {
        throw Error(ErrorKind::kData, {file, number},
                    "empty column " + std::to_string(cells.size() + 1));
      }
      cells.emplace_back(cell);
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    rows.push_back(std::move(cells));
  });
  return rows;
}

Settings ParseSettings(std::string_view text, const std::string& file) {
  Settings settings;
  ForEachEntry(text, file, [&](std::size_t number, std::string_view entry) {
    std::size_t tab = entry.find('\t');
    std::string_view key = Trim(entry.substr(0, tab));
    std::string_view value = tab == std::string_view::npos ? "" : Trim(entry.substr(tab + 1));
    if (value.empty() || value.find('\t') != std::string_view::npos) {
      throw Error(ErrorKind::kData, {file, number}, "expected `key<TAB>value`");
    }
    if (!settings.emplace(key, value).second) {
      throw Error(ErrorKind::kData, {file, number}, "`" + std::string(key) + "` set twice");
    }
  });
  return settings;
}

}  // namespace talign

#include "talign/align/freedict.h"

#include <zlib.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iterator>

namespace talign {
namespace {

// dictd's base64 numbers: most significant digit first.
std::size_t Base64Number(std::string_view digits) {
  static constexpr std::string_view kDigits =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::size_t value = 0;
  for (char c : digits) value = value * 64 + kDigits.find(c);
  return value;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// "2. mine" → "mine"; "" when the line has no number.
std::string_view AfterNumber(std::string_view line) {
  line = Trim(line);
  std::size_t digits = 0;
  while (digits < line.size() && std::isdigit(static_cast<unsigned char>(line[digits]))) ++digits;
  if (digits == 0 || digits >= line.size() || line[digits] != '.') return {};
  return Trim(line.substr(digits + 1));
}

// `item` without its labels: FreeDict deu-eng writes "[mil.] defence <n> [Br.]".
std::string WithoutLabels(std::string_view item) {
  std::string kept;
  for (std::size_t k = 0; k < item.size(); ++k) {
    char close = item[k] == '<' ? '>' : item[k] == '[' ? ']' : '\0';
    std::size_t end = close == '\0' ? std::string_view::npos : item.find(close, k);
    if (end == std::string_view::npos)
      kept += item[k];
    else
      k = end;
  }
  return std::string(Trim(kept));
}

// One translation line, "montagne, amoncellement, mont": its one-word items.
void AddTranslations(std::string_view headword, std::string_view line, WordPairs* pairs) {
  while (!line.empty()) {
    std::size_t cut = line.find_first_of(",;");
    std::string item = WithoutLabels(line.substr(0, cut));
    if (!item.empty() && item.find_first_of(" ()[]/<>\"") == std::string::npos) {
      pairs->emplace_back(headword, std::move(item));
    }
    line = cut == std::string_view::npos ? std::string_view() : line.substr(cut + 1);
  }
}

void ParseEntry(std::string_view headword, std::string_view body, WordPairs* pairs) {
  std::size_t start = body.find('\n');  // past the headword line
  bool first = true;  // no translation line yet: eng-ell puts a blank line before it
  while (start != std::string_view::npos && start + 1 < body.size()) {
    std::size_t end = body.find('\n', start + 1);
    std::string_view line =
        body.substr(start + 1, end == std::string_view::npos ? end : end - start - 1);
    std::string_view numbered = AfterNumber(line);
    if (!numbered.empty())
      AddTranslations(headword, numbered, pairs);
    else if (first)
      AddTranslations(headword, line, pairs);
    first = first && Trim(line).empty();
    start = end;
  }
}

// A gzip file's uncompressed size modulo 2^32: its last four bytes (RFC 1952), 0 if unread.
std::size_t GzipSize(const std::string& path) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  unsigned char bytes[4] = {};
  if (!in || in.tellg() < 4 || !in.seekg(-4, std::ios::end) ||
      !in.read(reinterpret_cast<char*>(bytes), 4))
    return 0;
  return bytes[0] | bytes[1] << 8 | bytes[2] << 16 | static_cast<std::size_t>(bytes[3]) << 24;
}

bool ReadGzip(const std::string& path, std::string* out) {
  gzFile file = gzopen(path.c_str(), "rb");
  if (file == nullptr) return false;
  out->reserve(out->size() + GzipSize(path));  // deu-eng is 90 MB: grown, it moves each time
  char buffer[1 << 16];
  int got;
  while ((got = gzread(file, buffer, sizeof buffer)) > 0)
    out->append(buffer, static_cast<std::size_t>(got));
  bool ok = got == 0;
  gzclose(file);
  return ok;
}

}  // namespace

std::string FreeDictBase(const LanguageResources& src, const LanguageResources& tgt) {
  const std::string& dir = src.paths().dictd_dir;
  std::string_view src_code = src.Setting("freedict"), tgt_code = tgt.Setting("freedict");
  if (dir.empty() || src_code.empty() || tgt_code.empty()) return "";
  std::string base = dir + "/freedict-" + std::string(src_code) + "-" + std::string(tgt_code);
  std::error_code error;
  return std::filesystem::exists(base + ".index", error) ? base : "";
}

bool ReadFreeDict(const std::string& base, WordPairs* pairs) {
  std::ifstream index_file(base + ".index", std::ios::binary);
  std::string dict;
  if (!index_file || !ReadGzip(base + ".dict.dz", &dict)) return false;
  std::string index((std::istreambuf_iterator<char>(index_file)), std::istreambuf_iterator<char>());
  WordPairs read = ParseFreeDict(index, dict);
  pairs->insert(pairs->end(), std::make_move_iterator(read.begin()),
                std::make_move_iterator(read.end()));
  return true;
}

Dictionary LoadFreeDict(const LanguageResources& src, const LanguageResources& tgt) {
  WordPairs pairs, reverse;
  std::string forward_base = FreeDictBase(src, tgt);
  std::string reverse_base = FreeDictBase(tgt, src);
  if (!forward_base.empty()) ReadFreeDict(forward_base, &pairs);
  if (!reverse_base.empty()) ReadFreeDict(reverse_base, &reverse);
  for (auto& [t, s] : reverse) pairs.emplace_back(std::move(s), std::move(t));
  return Dictionary(src, tgt, std::move(pairs));
}

WordPairs ParseFreeDict(std::string_view index, std::string_view dict) {
  WordPairs pairs;
  for (std::size_t start = 0, end; start < index.size(); start = end + 1) {
    end = std::min(index.find('\n', start), index.size());
    std::string_view line = index.substr(start, end - start);
    std::size_t tab1 = line.find('\t'), tab2 = line.find('\t', tab1 + 1);
    if (tab1 == std::string_view::npos || tab2 == std::string_view::npos) continue;
    std::string_view headword = line.substr(0, tab1);
    if (headword.find(' ') != std::string_view::npos || headword.rfind("00database", 0) == 0)
      continue;
    std::size_t offset = Base64Number(line.substr(tab1 + 1, tab2 - tab1 - 1));
    std::size_t length = Base64Number(line.substr(tab2 + 1));
    if (offset + length > dict.size()) continue;
    ParseEntry(headword, dict.substr(offset, length), &pairs);
  }
  return pairs;
}

}  // namespace talign

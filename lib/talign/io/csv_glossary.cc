#include "talign/io/csv_glossary.h"

#include <algorithm>
#include <array>

#include "talign/base/error.h"

namespace talign {
namespace {

constexpr std::array<const char*, 9> kColumns = {"id",        "source",         "target",
                                                 "forbidden", "case_sensitive", "severity",
                                                 "domains",   "definition",     "note"};

std::string Joined(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : "|") + item;
  return out;
}

std::vector<std::string> Split(const std::string& field) {
  std::vector<std::string> items;
  std::size_t begin = 0;
  while (begin <= field.size()) {
    std::size_t bar = std::min(field.find('|', begin), field.size());
    std::string item = field.substr(begin, bar - begin);
    item.erase(0, item.find_first_not_of(' '));
    item.erase(item.find_last_not_of(' ') + 1);
    if (!item.empty()) items.push_back(item);
    begin = bar + 1;
  }
  return items;
}

std::vector<std::string> Fields(const Term& term) {
  return {term.id,
          Joined(term.sources),
          Joined(term.targets),
          Joined(term.forbidden),
          term.case_sensitive ? "true" : "false",
          std::string(SeverityName(term.severity)),
          Joined(term.domains),
          term.definition,
          term.note};
}

void WriteRow(std::string& out, const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) out += (i ? "," : "") + CsvField(fields[i]);
  out += "\r\n";
}

bool ParseBool(const std::string& value, const SourceLocation& where) {
  if (value.empty() || value == "false" || value == "no" || value == "0") return false;
  if (value == "true" || value == "yes" || value == "1") return true;
  throw Error(ErrorKind::kData, where, "case_sensitive is `" + value + "`; expected true or false");
}

void SetField(Term& term, const std::string& column, const std::string& value,
              const SourceLocation& where) {
  if (column == "id")
    term.id = value;
  else if (column == "source")
    term.sources = Split(value);
  else if (column == "target")
    term.targets = Split(value);
  else if (column == "forbidden")
    term.forbidden = Split(value);
  else if (column == "case_sensitive")
    term.case_sensitive = ParseBool(value, where);
  else if (column == "domains")
    term.domains = Split(value);
  else if (column == "definition")
    term.definition = value;
  else if (column == "note")
    term.note = value;
  else if (column == "severity" && !value.empty()) {
    auto severity = ParseSeverity(value);
    if (!severity)
      throw Error(ErrorKind::kData, where,
                  "severity is `" + value + "`; expected error or warning");
    term.severity = *severity;
  }
}

void CheckHeader(const CsvRow& header, const std::string& file_name) {
  for (const std::string& column : header.fields) {
    if (std::find(kColumns.begin(), kColumns.end(), column) == kColumns.end()) {
      throw Error(ErrorKind::kData, {file_name, header.line},
                  "unknown column `" + column +
                      "` (known: id, source, target, forbidden, "
                      "case_sensitive, severity, domains, definition, note)");
    }
  }
  if (std::find(header.fields.begin(), header.fields.end(), "source") == header.fields.end()) {
    throw Error(ErrorKind::kData, {file_name, header.line}, "the header has no `source` column");
  }
}

Term ReadTerm(const CsvRow& header, const CsvRow& row, const std::string& file_name) {
  SourceLocation where{file_name, row.line};
  if (row.fields.size() != header.fields.size()) {
    throw Error(ErrorKind::kData, where,
                std::to_string(row.fields.size()) + " fields, but the header has " +
                    std::to_string(header.fields.size()));
  }
  Term term;
  term.where = where;
  for (std::size_t i = 0; i < row.fields.size(); ++i)
    SetField(term, header.fields[i], row.fields[i], where);
  if (term.sources.empty()) throw Error(ErrorKind::kData, where, "the row has no source form");
  if (term.id.empty()) term.id = DefaultTermId(term.sources[0]);
  return term;
}

// Reads one quoted field starting after its opening quote; `at` ends past the closing one.
std::string QuotedField(std::string_view csv, std::size_t& at, std::size_t& line,
                        const std::string& file_name, std::size_t start_line) {
  std::string field;
  while (true) {
    if (at >= csv.size())
      throw Error(ErrorKind::kData, {file_name, start_line}, "a quoted field is never closed");
    char c = csv[at++];
    if (c == '"' && at < csv.size() && csv[at] == '"') {
      field += '"';
      ++at;
    } else if (c == '"') {
      return field;
    } else {
      line += c == '\n';
      field += c;
    }
  }
}

}  // namespace

std::string CsvField(std::string_view field) {
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(field);
  std::string quoted = "\"";
  for (char c : field) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

std::vector<CsvRow> ParseCsv(std::string_view csv, const std::string& file_name) {
  std::vector<CsvRow> rows;
  std::size_t at = 0, line = 1;
  while (at < csv.size()) {
    CsvRow row{line, {}};
    while (true) {
      std::string field;
      if (at < csv.size() && csv[at] == '"') {
        field = QuotedField(csv, ++at, line, file_name, row.line);
      } else {
        while (at < csv.size() && csv[at] != ',' && csv[at] != '\n' && csv[at] != '\r')
          field += csv[at++];
      }
      row.fields.push_back(std::move(field));
      if (at < csv.size() && csv[at] == ',') {
        ++at;
        continue;
      }
      if (at < csv.size() && csv[at] == '\r') ++at;
      if (at < csv.size() && csv[at] != '\n') {
        throw Error(ErrorKind::kData, {file_name, line},
                    "text after a closing quote; double the quotes inside a quoted field");
      }
      ++at;
      ++line;
      break;
    }
    if (!(row.fields.size() == 1 && row.fields[0].empty())) rows.push_back(std::move(row));
  }
  return rows;
}

std::string GlossaryToCsv(const Glossary& glossary) {
  std::string out;
  WriteRow(out, std::vector<std::string>(kColumns.begin(), kColumns.end()));
  for (const Term& term : glossary.terms) WriteRow(out, Fields(term));
  return out;
}

Glossary GlossaryFromCsv(std::string_view csv, const std::string& file_name, const Language& src,
                         const Language& tgt) {
  std::vector<CsvRow> rows = ParseCsv(csv, file_name);
  if (rows.empty()) throw Error(ErrorKind::kData, {file_name}, "empty CSV: expected a header row");
  CheckHeader(rows[0], file_name);
  Glossary glossary(src, tgt);
  for (std::size_t r = 1; r < rows.size(); ++r)
    glossary.terms.push_back(ReadTerm(rows[0], rows[r], file_name));
  RequireUniqueIds(glossary.terms);
  return glossary;
}

}  // namespace talign

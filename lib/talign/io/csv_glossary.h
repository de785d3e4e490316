// Glossaries as CSV (RFC 4180) for spreadsheets and CAT tools' term-base import.
//
//   std::string csv = GlossaryToCsv(glossary);
//   Glossary back = GlossaryFromCsv(csv, "desk.csv", fr, en);   // the same terms
//
// A header row, then one row per term. Columns (import accepts any order and subset, but
// needs `source`; an unknown column is an error naming it):
//   id, source, target, forbidden, case_sensitive, severity, domains, definition, note
// List columns (source, target, forbidden, domains) join their items with `|`:
// "Doha agreement|Doha accord". case_sensitive is true/false (empty: false); severity
// error/warning (empty: error). Export quotes a field only when it holds `,` `"` CR or LF,
// and ends rows with CRLF, as RFC 4180 writes them; import takes LF too.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "talign/base/language.h"
#include "talign/glossary/glossary.h"

namespace talign {

std::string GlossaryToCsv(const Glossary& glossary);

// Throws Error{kData, file:line} for a bad quote, a row whose field count differs from the
// header's, an unknown column, an empty source, or a bad case_sensitive/severity value.
Glossary GlossaryFromCsv(std::string_view csv, const std::string& file_name, const Language& src,
                         const Language& tgt);

struct CsvRow {
  std::size_t line = 0;  // 1-based line where the row starts
  std::vector<std::string> fields;
};

// RFC 4180 records; blank lines are skipped. Throws Error{kData, file:line} on a quote
// left open or text after a closing quote.
std::vector<CsvRow> ParseCsv(std::string_view csv, const std::string& file_name);

// One field, quoted when it must be.
std::string CsvField(std::string_view field);

}  // namespace talign

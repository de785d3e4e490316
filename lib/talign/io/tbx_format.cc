#include "talign/io/tbx_format.h"

#include <algorithm>
#include <cstring>
#include <pugixml.hpp>
#include <sstream>

#include "talign/base/error.h"
#include "talign/io/xml_output.h"
#include "talign/io/xml_segments.h"

namespace talign {
namespace {

constexpr const char* kStatus = "administrativeStatus";
constexpr const char* kPreferred = "preferredTerm-admn-sts";
constexpr const char* kAdmitted = "admittedTerm-admn-sts";
constexpr const char* kDeprecated = "deprecatedTerm-admn-sts";

void AddTig(pugi::xml_node lang_set, const std::string& form, const char* status) {
  pugi::xml_node tig = lang_set.append_child("tig");
  tig.append_child("term").text() = form.c_str();
  pugi::xml_node note = tig.append_child("termNote");
  note.append_attribute("type") = kStatus;
  note.text() = status;
}

pugi::xml_node AddLangSet(pugi::xml_node entry, const Language& language,
                          const std::vector<std::string>& forms) {
  pugi::xml_node lang_set = entry.append_child("langSet");
  lang_set.append_attribute("xml:lang") = language.tag().c_str();
  for (std::size_t i = 0; i < forms.size(); ++i)
    AddTig(lang_set, forms[i], i == 0 ? kPreferred : kAdmitted);
  return lang_set;
}

void AddDescrip(pugi::xml_node parent, const char* type, const std::string& text) {
  pugi::xml_node descrip = parent.append_child("descrip");
  descrip.append_attribute("type") = type;
  descrip.text() = text.c_str();
}

void AddEntry(pugi::xml_node body, const Glossary& glossary, const Term& term) {
  pugi::xml_node entry = body.append_child("termEntry");
  if (!term.id.empty()) entry.append_attribute("id") = term.id.c_str();
  for (const std::string& domain : term.domains) AddDescrip(entry, "subjectField", domain);
  if (!term.note.empty()) entry.append_child("note").text() = term.note.c_str();
  pugi::xml_node src = AddLangSet(entry, glossary.source_language, term.sources);
  if (!term.definition.empty()) AddDescrip(src, "definition", term.definition);
  pugi::xml_node tgt = AddLangSet(entry, glossary.target_language, term.targets);
  for (const std::string& form : term.forbidden) AddTig(tgt, form, kDeprecated);
}

std::size_t LineOf(std::string_view xml, std::ptrdiff_t offset) {
  offset = std::clamp<std::ptrdiff_t>(offset, 0, static_cast<std::ptrdiff_t>(xml.size()));
  return 1 + static_cast<std::size_t>(std::count(xml.begin(), xml.begin() + offset, '\n'));
}

std::string CodeOf(pugi::xml_node lang_set) {
  std::string tag = lang_set.attribute("xml:lang").value();
  std::string code = tag.substr(0, tag.find_first_of("-_"));
  std::transform(code.begin(), code.end(), code.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  return code;
}

bool IsDeprecated(pugi::xml_node term_holder) {
  for (pugi::xml_node note : term_holder.children("termNote")) {
    if (std::strcmp(note.attribute("type").value(), kStatus) != 0) continue;
    std::string status = note.text().get();
    return status == kDeprecated || status == "supersededTerm-admn-sts";
  }
  return false;
}

// The <term>s of a langSet: <tig><term> (TBX-Basic) or <ntig><termGrp><term>.
void ReadForms(pugi::xml_node lang_set, std::vector<std::string>& allowed,
               std::vector<std::string>& deprecated) {
  for (pugi::xml_node child : lang_set.children()) {
    pugi::xml_node holder = std::strcmp(child.name(), "ntig") == 0 ? child.child("termGrp") : child;
    if (std::strcmp(child.name(), "tig") != 0 && std::strcmp(child.name(), "ntig") != 0) continue;
    std::string form = holder.child("term").text().get();
    if (!form.empty()) (IsDeprecated(holder) ? deprecated : allowed).push_back(form);
  }
}

std::string Descrip(pugi::xml_node parent, const char* type) {
  for (pugi::xml_node d : parent.children("descrip")) {
    if (std::strcmp(d.attribute("type").value(), type) == 0) return d.text().get();
  }
  return "";
}

Term ReadEntry(pugi::xml_node entry, const Language& src, const Language& tgt,
               const SourceLocation& where) {
  Term term;
  term.id = entry.attribute("id").value();
  term.where = where;
  for (pugi::xml_node d : entry.children("descrip")) {
    if (std::strcmp(d.attribute("type").value(), "subjectField") == 0)
      term.domains.push_back(d.text().get());
  }
  for (pugi::xml_node note : entry.children("note")) {
    term.note += (term.note.empty() ? "" : " ") + std::string(note.text().get());
  }
  term.definition = Descrip(entry, "definition");
  for (pugi::xml_node lang_set : entry.children("langSet")) {
    std::vector<std::string> unused;
    if (CodeOf(lang_set) == src.code()) ReadForms(lang_set, term.sources, unused);
    if (CodeOf(lang_set) == src.code() && term.definition.empty())
      term.definition = Descrip(lang_set, "definition");
    if (CodeOf(lang_set) == tgt.code()) ReadForms(lang_set, term.targets, term.forbidden);
  }
  if (term.sources.empty()) {
    throw Error(ErrorKind::kData, where,
                "termEntry has no term in the source language `" + src.code() +
                    "`; is --src-lang right for this file?");
  }
  if (term.id.empty()) term.id = DefaultTermId(term.sources[0]);
  return term;
}

pugi::xml_node Body(const pugi::xml_document& doc, const std::string& file_name) {
  pugi::xml_node root = doc.child("martif");
  if (!root) root = doc.child("tbx");  // TBX v3 renamed the root
  if (!root)
    throw Error(ErrorKind::kData, {file_name}, "not a TBX file: the root element is not <martif>");
  return root.child("text").child("body");
}

}  // namespace

std::string GlossaryToTbx(const Glossary& glossary) {
  pugi::xml_document doc;
  pugi::xml_node decl = doc.append_child(pugi::node_declaration);
  decl.append_attribute("version") = "1.0";
  decl.append_attribute("encoding") = "UTF-8";
  pugi::xml_node martif = doc.append_child("martif");
  martif.append_attribute("type") = "TBX-Basic";
  martif.append_attribute("xml:lang") = glossary.source_language.tag().c_str();
  pugi::xml_node title = martif.append_child("martifHeader")
                             .append_child("fileDesc")
                             .append_child("titleStmt")
                             .append_child("title");
  title.text() = (glossary.title.empty() ? glossary.id : glossary.title).c_str();
  pugi::xml_node body = martif.append_child("text").append_child("body");
  for (const Term& term : glossary.terms) AddEntry(body, glossary, term);
  std::ostringstream out;
  SaveXml(doc, out);
  return out.str();
}

Glossary GlossaryFromTbx(std::string_view xml, const std::string& file_name, const Language& src,
                         const Language& tgt) {
  pugi::xml_document doc;
  LoadXml(doc, xml, file_name, "TBX");
  Glossary glossary(src, tgt);
  glossary.title = doc.child("martif")
                       .child("martifHeader")
                       .child("fileDesc")
                       .child("titleStmt")
                       .child("title")
                       .text()
                       .get();
  for (pugi::xml_node entry : Body(doc, file_name).children("termEntry")) {
    glossary.terms.push_back(
        ReadEntry(entry, src, tgt, {file_name, LineOf(xml, entry.offset_debug())}));
  }
  RequireUniqueIds(glossary.terms);
  return glossary;
}

}  // namespace talign

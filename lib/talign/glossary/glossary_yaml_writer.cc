// SaveGlossary: Glossary → YAML text in SPEC's schema.
#include <yaml-cpp/yaml.h>

#include "talign/glossary/glossary_yaml.h"

namespace talign {
namespace {

// One form is written as a plain string, several as a flow list: the way people write them.
void EmitForms(YAML::Emitter& out, const char* key, const std::vector<std::string>& forms) {
  if (forms.empty()) return;
  out << YAML::Key << key << YAML::Value;
  if (forms.size() == 1) {
    out << forms[0];
  } else {
    out << YAML::Flow << forms;
  }
}

void EmitString(YAML::Emitter& out, const char* key, const std::string& value) {
  if (!value.empty()) out << YAML::Key << key << YAML::Value << value;
}

void EmitExamples(YAML::Emitter& out, const std::vector<TermExample>& examples) {
  if (examples.empty()) return;
  out << YAML::Key << "examples" << YAML::Value << YAML::BeginSeq;
  for (const TermExample& example : examples) {
    out << YAML::BeginMap;
    out << YAML::Key << "source" << YAML::Value << example.source;
    out << YAML::Key << "target" << YAML::Value << example.target;
    out << YAML::EndMap;
  }
  out << YAML::EndSeq;
}

void EmitTerm(YAML::Emitter& out, const Term& term) {
  out << YAML::BeginMap;
  EmitString(out, "id", term.id);
  EmitForms(out, "source", term.sources);
  EmitForms(out, "target", term.targets);
  EmitForms(out, "forbidden", term.forbidden);
  if (term.case_sensitive) out << YAML::Key << "case_sensitive" << YAML::Value << true;
  EmitString(out, "note", term.note);
  if (!term.domains.empty())
    out << YAML::Key << "domains" << YAML::Value << YAML::Flow << term.domains;
  EmitString(out, "definition", term.definition);
  if (term.severity != Severity::kError) {
    out << YAML::Key << "severity" << YAML::Value << std::string(SeverityName(term.severity));
  }
  if (term.count) out << YAML::Key << "count" << YAML::Value << *term.count;
  if (term.score) out << YAML::Key << "score" << YAML::Value << *term.score;
  EmitExamples(out, term.examples);
  out << YAML::EndMap;
}

}  // namespace

std::string SaveGlossary(const Glossary& glossary) {
  YAML::Emitter out;
  out.SetDoublePrecision(4);  // scores for reviewers: 0.833, not 0.83299999999999996
  out << YAML::BeginMap;
  EmitString(out, "id", glossary.id);
  EmitString(out, "title", glossary.title);
  out << YAML::Key << "languages" << YAML::Value << YAML::Flow << YAML::BeginMap;
  out << YAML::Key << "source" << YAML::Value << glossary.source_language.tag();
  out << YAML::Key << "target" << YAML::Value << glossary.target_language.tag();
  out << YAML::EndMap;
  out << YAML::Key << "terms" << YAML::Value << YAML::BeginSeq;
  for (const Term& term : glossary.terms) EmitTerm(out, term);
  out << YAML::EndSeq << YAML::EndMap;
  return std::string(out.c_str()) + "\n";
}

}  // namespace talign

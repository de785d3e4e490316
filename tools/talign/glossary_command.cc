// talign glossary export --to tbx|csv GLOSSARY.yaml [-o OUT]
// talign glossary import FILE.tbx|FILE.csv [--from tbx|csv] [--src-lang fr] [--tgt-lang en]
//   [-o OUT.yaml]
#include <iostream>

#include "command.h"
#include "common_options.h"
#include "talign/base/error.h"
#include "talign/glossary/glossary_yaml.h"
#include "talign/io/atomic_output.h"
#include "talign/io/csv_glossary.h"
#include "talign/io/tbx_format.h"
#include "talign/io/text_input.h"

namespace talign::cli {
namespace {

// "tbx"/"csv" from --to/--from, else from the file's extension.
std::string FormatOf(const std::string& given, const std::string& path, const char* option) {
  std::string format = given;
  if (format.empty() && path.size() > 4) format = path.substr(path.size() - 3);
  for (char& c : format) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (format != "tbx" && format != "csv") {
    throw Error(ErrorKind::kUsage, std::string("glossary: ") + option + " must be tbx or csv");
  }
  return format;
}

ExitCode RunExport(const std::vector<std::string>& args) {
  const std::string usage = "talign glossary export --to tbx|csv GLOSSARY.yaml [-o OUT]";
  std::string to, output = "-";
  bool help = false;
  po::options_description options("Options");
  options.add_options()("to", po::value(&to)->required(),
                        "tbx (TBX-Basic) | csv (RFC 4180, header row)")(
      "output,o", po::value(&output)->default_value(output),
      "output file, written atomically; - for stdout")("help,h", po::bool_switch(&help),
                                                       "show this help");
  std::vector<std::string> inputs;
  if (ParseCommandLine(args, usage, options, &inputs)) return ExitCode::kOk;
  RequireInputs(inputs, 1, 1, usage);
  std::string format = FormatOf(to, "", "--to");
  Glossary glossary = LoadGlossary(inputs[0]);
  WriteOutput(output, format == "tbx" ? GlossaryToTbx(glossary) : GlossaryToCsv(glossary));
  return ExitCode::kOk;
}

ExitCode RunImport(const std::vector<std::string>& args) {
  const std::string usage =
      "talign glossary import FILE.tbx|FILE.csv [--from tbx|csv] [--src-lang fr] [--tgt-lang en] "
      "[-o OUT.yaml]";
  std::string from, output = "-", src_lang = "fr", tgt_lang = "en";
  bool help = false;
  po::options_description options("Options");
  options.add_options()("from", po::value(&from), "tbx | csv (default: from the file's extension)")(
      "src-lang", po::value(&src_lang)->default_value(src_lang), "source language (BCP 47)")(
      "tgt-lang", po::value(&tgt_lang)->default_value(tgt_lang), "target language (BCP 47)")(
      "output,o", po::value(&output)->default_value(output), "YAML glossary, written atomically")(
      "help,h", po::bool_switch(&help), "show this help");
  std::vector<std::string> inputs;
  if (ParseCommandLine(args, usage, options, &inputs)) return ExitCode::kOk;
  RequireInputs(inputs, 1, 1, usage);
  std::string format = FormatOf(from, inputs[0], "--from");
  Language src = ParseLanguage(src_lang, "src-lang"), tgt = ParseLanguage(tgt_lang, "tgt-lang");
  std::string text = format == "tbx" ? ReadXmlText(inputs[0]) : ReadText(inputs[0], "");
  Glossary glossary = format == "tbx" ? GlossaryFromTbx(text, inputs[0], src, tgt)
                                      : GlossaryFromCsv(text, inputs[0], src, tgt);
  std::string yaml = SaveGlossary(glossary);
  try {
    ParseGlossary(yaml, inputs[0]);  // the schema's other checks before writing
  } catch (const Error& e) {         // its line is one of the YAML made here, not of the input
    throw Error(e.kind(), {inputs[0]}, e.message());
  }
  WriteOutput(output, yaml);
  return ExitCode::kOk;
}

}  // namespace

ExitCode RunGlossary(const std::vector<std::string>& args) {
  static const Command kSubcommands[] = {
      {"export", "write a YAML glossary as TBX-Basic or CSV", RunExport},
      {"import", "read a TBX or CSV glossary into YAML", RunImport},
  };
  std::string name = args.empty() ? "" : args[0];
  for (const Command& sub : kSubcommands) {
    if (name == sub.name) return sub.run({args.begin() + 1, args.end()});
  }
  std::string list;
  for (const Command& sub : kSubcommands)
    list += std::string("\n  ") + sub.name + "  " + sub.summary;
  if (name == "--help" || name == "-h") {
    std::cout << "usage: talign glossary (export|import) [OPTIONS] FILE" << list << '\n';
    return ExitCode::kOk;
  }
  throw Error(ErrorKind::kUsage, "glossary: expected `export` or `import`, got `" + name + "`");
}

}  // namespace talign::cli

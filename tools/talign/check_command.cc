// talign check (SRC TGT | FILE.tmx | FILE.xlf | --moses PREFIX | --manifest FILE)
//   [--glossary FILE] [--presegmented] [--consistency document|corpus]
//   [--alignment BEADS_FILE] [--checks LIST] [--format text|json|html] [--ignore FILE]
//   [--renderings] [--fail-on error|warning|never] [-o OUT]
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <optional>

#include "command.h"
#include "common_options.h"
#include "talign/align/aligner.h"
#include "talign/base/error.h"
#include "talign/glossary/glossary_yaml.h"
#include "talign/io/aligned_input.h"
#include "talign/io/atomic_output.h"
#include "talign/io/beads_format.h"
#include "talign/io/manifest.h"
#include "talign/io/moses_reader.h"
#include "talign/io/text_input.h"
#include "talign/qa/check_registry.h"
#include "talign/qa/run_checks.h"
#include "talign/report/check_report.h"
#include "talign/report/findings_format.h"
#include "talign/report/html_report.h"
#include "talign/text/language_resources.h"

namespace talign::cli {
namespace {

struct CheckOptions {
  std::string glossary;
  std::string alignment;
  std::string manifest;
  std::string moses;  // PREFIX of Moses-style parallel files
  std::string ignore;
  std::string checks = "all";
  std::string format = "text";
  std::string fail_on = "error";
  std::string consistency = "document";
  bool renderings = false;  // the per-term table for a single pair; corpora always get it
};

// The gold or user-given beads, or talign's own alignment anchored by the glossary.
Alignment AlignmentFor(const std::string& beads_file, const DocumentPair& docs,
                       const AlignerOptions& aligner) {
  if (!beads_file.empty()) {
    const std::size_t src_count = docs.src.segments.size(), tgt_count = docs.tgt.segments.size();
    Alignment beads = ParseBeads(ReadText(beads_file, ""), beads_file, src_count, tgt_count);
    RequireEverySegment(beads, beads_file, src_count, tgt_count);
    return beads;
  }
  return AlignSegments(docs.src.segments, docs.tgt.segments, aligner);
}

// A document pair read, to be aligned once the dictionary is loaded for all the words read.
struct PendingPair {
  std::string src, tgt;
  DocumentPair docs;
};

void AddAligned(Corpus& corpus, const std::string& name, const ParallelSegments& units) {
  AppendPair(corpus, {name, name}, units.src, units.tgt, units.alignment);
}

// SRC TGT, one TMX or XLIFF file, Moses files, or the pairs of a manifest, laid end to end.
// *aligner: the options that align the pairs, FreeDict's pairs loaded for the corpus' words
// (they serve the checks too).
Corpus LoadCorpus(const CheckOptions& o, const CommonOptions& common,
                  const std::vector<std::string>& inputs, const Glossary* glossary,
                  const std::string& usage, AlignerOptions* aligner) {
  Corpus corpus;
  bool one_file = inputs.size() == 1 && IsAlignedFile(inputs[0]);
  if (!o.manifest.empty() || !o.moses.empty() || one_file) {
    RequireInputs(inputs, one_file ? 1 : 0, one_file ? 1 : 0, usage);
    if (!o.alignment.empty()) {
      throw Error(ErrorKind::kUsage, "check: --alignment applies to one SRC TGT pair only");
    }
  }
  const Language src = ParseLanguage(common.src_lang, "src-lang");
  const Language tgt = ParseLanguage(common.tgt_lang, "tgt-lang");
  std::vector<PendingPair> pending;
  if (!o.manifest.empty()) {
    for (const ManifestEntry& e : ParseManifest(ReadText(o.manifest, ""), o.manifest)) {
      pending.push_back({e.src, e.tgt, ReadPair(common, e.src, e.tgt)});
    }
  } else if (!o.moses.empty()) {
    if (!common.src_encoding.empty() || !common.tgt_encoding.empty()) {
      throw Error(ErrorKind::kUsage, "check: --moses reads both files in one --encoding");
    }
    AddAligned(corpus, o.moses, ReadMosesPair(o.moses, src, tgt, common.encoding));
  } else if (one_file) {
    AddAligned(corpus, inputs[0], ReadAlignedFile(inputs[0], src, tgt));
  } else {
    RequireInputs(inputs, 2, 2, usage);
    pending.push_back({inputs[0], inputs[1], ReadPair(common, inputs[0], inputs[1])});
  }
  DictionaryScope scope;
  scope.Add(corpus.src, corpus.tgt);
  for (const PendingPair& p : pending) scope.Add(p.docs.src.segments, p.docs.tgt.segments);
  *aligner = AlignerOptionsFor(common, glossary, &scope);
  for (const PendingPair& p : pending) {
    AppendPair(corpus, {p.src, p.tgt}, p.docs.src.segments, p.docs.tgt.segments,
               AlignmentFor(o.alignment, p.docs, *aligner));
  }
  return corpus;
}

std::vector<TermRenderings> RenderingsOf(const CheckContext& context) {
  std::vector<TermRenderings> table = RenderingTable(*context.glossary, GlossaryTermUses(context));
  for (TermRenderings& row : FrequentSourceTerms(context, {})) table.push_back(std::move(row));
  return table;
}

// The glossary, when given, must be for the pair's languages (SPEC: exit 65 naming both).
std::optional<Glossary> GlossaryFor(const std::string& path, const Language& src,
                                    const Language& tgt) {
  if (path.empty()) return std::nullopt;
  Glossary glossary = LoadGlossary(path);
  if (glossary.source_language.code() != src.code() ||
      glossary.target_language.code() != tgt.code()) {
    throw Error(ErrorKind::kData, {path},
                "the glossary is for " + glossary.source_language.code() + " -> " +
                    glossary.target_language.code() + ", the pair is " + src.code() + " -> " +
                    tgt.code() + " (--src-lang, --tgt-lang)");
  }
  return glossary;
}

// Without a glossary, "all" leaves out the term checks (SPEC); naming one is an error.
std::vector<std::unique_ptr<Check>> ChecksFor(const std::string& list, bool have_glossary) {
  std::vector<std::unique_ptr<Check>> checks = ParseChecks(list);
  if (have_glossary || (list != "all" && !list.empty())) return checks;
  checks.erase(std::remove_if(checks.begin(), checks.end(),
                              [](const auto& check) { return check->needs_glossary(); }),
               checks.end());
  return checks;
}

std::string CheckList() {
  std::string names;
  for (std::string_view name : CheckNames())
    names += (names.empty() ? "" : ", ") + std::string(name);
  return names;
}

ConsistencyScope ParseConsistency(const std::string& scope) {
  if (scope == "document") return ConsistencyScope::kDocument;
  if (scope == "corpus") return ConsistencyScope::kCorpus;
  throw Error(ErrorKind::kUsage,
              "check: --consistency is `" + scope + "`; expected document or corpus");
}

bool ColourWanted(const std::string& output) {
  return output == "-" && isatty(STDOUT_FILENO) && std::getenv("NO_COLOR") == nullptr;
}

void WriteReport(const std::string& output, const std::string& format, const CheckReport& report) {
  AtomicOutput out(output);
  if (format == "json") {
    WriteReportJson(out.stream(), report);
  } else if (format == "html") {
    WriteReportHtml(out.stream(), report);
  } else {
    WriteReportText(out.stream(), report, {ColourWanted(output)});
  }
  out.Commit();
}

}  // namespace

ExitCode RunCheck(const std::vector<std::string>& args) {
  const std::string usage =
      "talign check (SRC TGT | FILE.tmx | FILE.xlf | --moses PREFIX | --manifest FILE) "
      "[--glossary FILE] [--presegmented] [--consistency document|corpus] "
      "[--alignment BEADS_FILE] [--checks LIST] [--format text|json|html] [--ignore FILE] "
      "[--renderings] [--fail-on error|warning|never] [-o OUT]";
  CommonOptions common;
  CheckOptions o;
  po::options_description options("Options");
  options.add_options()("glossary", po::value(&o.glossary),
                        "YAML glossary (SPEC schema); without it the term checks are skipped")(
      "alignment", po::value(&o.alignment), "beads file to check against, instead of aligning")(
      "manifest", po::value(&o.manifest),
      "check a corpus: lines SRC<TAB>TGT (paths relative to the manifest)")(
      "moses", po::value(&o.moses),
      "check Moses-style parallel files PREFIX.SRC_LANG and PREFIX.TGT_LANG")(
      "checks", po::value(&o.checks)->default_value(o.checks),
      ("comma-separated check names, or all: " + CheckList()).c_str())(
      "consistency", po::value(&o.consistency)->default_value(o.consistency),
      "compare renderings within each document, or across the corpus: document | corpus")(
      "format", po::value(&o.format)->default_value(o.format), "text | json | html")(
      "ignore", po::value(&o.ignore),
      "file of finding fingerprints to drop, one per line (# comments)")(
      "renderings", po::bool_switch(&o.renderings),
      "add the per-term renderings table (always for a corpus)")(
      "fail-on", po::value(&o.fail_on)->default_value(o.fail_on),
      "exit 1 at: error | warning | never");
  options.add(CommonOptionsDescription(&common, true))
      .add(ResourceOptionsDescription(&common.resources));
  std::vector<std::string> inputs;
  if (ParseCommandLine(args, usage, options, &inputs)) return ExitCode::kOk;
  if (o.format != "text" && o.format != "json" && o.format != "html") {
    throw Error(ErrorKind::kUsage,
                "check: unknown --format `" + o.format + "` (text, json or html)");
  }
  FailOn fail_on = ParseFailOn(o.fail_on);
  ConsistencyScope scope = ParseConsistency(o.consistency);
  IgnoreList ignore =
      o.ignore.empty() ? IgnoreList() : ParseIgnoreList(ReadText(o.ignore, ""), o.ignore);
  const Language src_lang = ParseLanguage(common.src_lang, "src-lang");
  const Language tgt_lang = ParseLanguage(common.tgt_lang, "tgt-lang");
  NoticeIfNoData(src_lang, common.quiet);
  NoticeIfNoData(tgt_lang, common.quiet);
  std::optional<Glossary> glossary = GlossaryFor(o.glossary, src_lang, tgt_lang);
  const Glossary* glossary_ptr = glossary ? &*glossary : nullptr;
  auto checks = ChecksFor(o.checks, glossary_ptr != nullptr);
  AlignerOptions aligner;  // its FreeDict dictionary serves the omission and addition checks
  Corpus corpus = LoadCorpus(o, common, inputs, glossary_ptr, usage, &aligner);
  const LanguageResources src_resources(src_lang, common.resources);
  const LanguageResources tgt_resources(tgt_lang, common.resources);
  std::optional<TermMatcher> matcher;
  if (glossary) matcher.emplace(*glossary, src_resources, tgt_resources);
  CheckContext context{corpus.src, corpus.tgt, corpus.alignment, glossary_ptr,
                       matcher ? &*matcher : nullptr};
  for (const CorpusPart& part : corpus.parts) context.document_starts.push_back(part.first_bead);
  context.consistency_scope = scope;
  context.source_language = &src_resources;
  context.target_language = &tgt_resources;
  if (!aligner.dictionary.empty()) context.dictionary = &aligner.dictionary;
  std::vector<std::string> names;
  for (const auto& check : checks) names.emplace_back(check->name());
  CheckReport report = MakeCheckReport(corpus, names, RunChecks(checks, context), ignore);
  bool renderings = o.renderings || !o.manifest.empty() || inputs.size() == 1;
  if (glossary && renderings) report.renderings = RenderingsOf(context);
  WriteReport(common.output, o.format, report);
  return ReachesFailOn(report.findings, fail_on) ? ExitCode::kFindings : ExitCode::kOk;
}

}  // namespace talign::cli

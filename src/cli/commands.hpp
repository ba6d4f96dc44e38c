// Each command: from its options to printed output and an exit code.
#pragma once

#include "cli/options.hpp"

namespace qobj::cli {

int run_check(const GlobalOptions& global, const CheckCommand& command);
int run_schema(const SchemaCommand& command);
int run_report(const GlobalOptions& global, const ReportCommand& command);
int run_init(const GlobalOptions& global, const InitCommand& command);
int run_new_year(const GlobalOptions& global, const NewYearCommand& command);
int run_diff(const GlobalOptions& global, const DiffCommand& command);
int run_import(const GlobalOptions& global, const ImportCommand& command);
int run_document(const GlobalOptions& global, const DocumentCommand& command);

}  // namespace qobj::cli

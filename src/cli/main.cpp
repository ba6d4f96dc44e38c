#include "cli/run.hpp"

int main(int argc, char** argv) {
  return qobj::cli::run(argc, argv);
}

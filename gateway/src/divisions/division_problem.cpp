#include "divisions/division_problem.hpp"

namespace casegw::divisions {

std::string division_problem::to_string() const {
  std::string text = file;
  if (line > 0) text += ":" + std::to_string(line);
  return text + ": " + problem;
}

}  // namespace casegw::divisions

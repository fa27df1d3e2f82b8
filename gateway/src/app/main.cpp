#include "app/commands.hpp"

int main(int argc, char** argv) { return casegw::app::run_command_line(argc, argv); }

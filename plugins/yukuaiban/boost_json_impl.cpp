// The one translation unit that compiles Boost.JSON into the plugin. Header-only on purpose:
// the plugin then carries its own copy, hidden by the version script, and never depends on
// (or clashes with) the Boost.JSON library the gateway itself links.
#include <boost/json/src.hpp>

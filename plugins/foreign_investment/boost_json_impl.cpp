// The one translation unit that compiles Boost.JSON into the plugin (header-only), so the
// plugin carries its own copy, hidden by the version script, and never depends on (or clashes
// with) the Boost.JSON library the gateway links. Only encode_event reads JSON.
#include <boost/json/src.hpp>

// Compiles Boost.JSON into this plugin, once. The copy stays private (the version script
// exports only the entry symbol), so it can never clash with the gateway's own Boost.JSON.
#include <boost/json/src.hpp>

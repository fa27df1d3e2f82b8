// The one translation unit that compiles Boost.JSON into the plugin, header-only: the plugin
// carries its own private copy (hidden by the SDK's version script), so it neither depends on
// nor clashes with the Boost.JSON the gateway itself links.
#include <boost/json/src.hpp>

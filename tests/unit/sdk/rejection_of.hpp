// The rejection a call throws, for the SDK's unit tests; a failed test when it throws none.
#pragma once

#include <casegw/sdk/rejection.hpp>

#include <gtest/gtest.h>

namespace casegw::sdk {

template <class F>
rejection rejection_of(F&& call) {
  try {
    call();
  } catch (const rejection& r) {
    return r;
  }
  ADD_FAILURE() << "no rejection";
  return rejection("", "", "");
}

}  // namespace casegw::sdk

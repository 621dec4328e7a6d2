// SPDX-License-Identifier: GPL-3.0-or-later
// The one source of crmsync_test_pch, the target whose precompiled Qt headers every test reuses
// (tests/CMakeLists.txt); it has nothing of its own to compile.

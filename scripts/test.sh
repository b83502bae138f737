#!/usr/bin/env bash
# Installs the package with its test dependencies into .venv and runs the whole test suite,
# Neo4j tests included (the suite starts a throwaway Neo4j 5 from Maven Central jars; needs
# Java 17+ and Maven, or NEO4J_URI pointing at a server). Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[test,notebooks,browser,distributed]"
set +e
.venv/bin/python -m pytest "$@"
status=$?
set -e
if [ "$status" -eq 5 ]; then
  echo "pytest collected no tests: failing" >&2
  exit 1
fi
exit "$status"

from tests.explorer.chromium import browser, page  # noqa: F401 (fixtures)

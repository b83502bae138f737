from tests.explorer.chromium import browser, page, strict_page  # noqa: F401 (fixtures)

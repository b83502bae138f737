"""The web explorer: a single page at `/` over the `/v1` routes, for people who want to click.

The page and its scripts are package data in `oncokg/api/static/`; cytoscape.js is vendored
there (`static/vendor/`, see `static/vendor/README.md`), so the explorer works offline and
never loads code from a CDN. Everything the page shows comes from the public JSON routes, so
the explorer has no server-side logic of its own.

The Neo4j Browser guide (`cypher/guide/oncokg.html`) is rendered from the Cypher catalogue
by `render_guide` and also served at `/guide/oncokg.html`, so `:play <api-url>/guide/oncokg.html`
walks a Browser user through the same queries (one copy of each).
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from functools import cache
from importlib.resources import files
from pathlib import Path

from fastapi import APIRouter, FastAPI, Request, Response
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

from oncokg.graph.queries.catalogue import PARTNER_NETWORK, CatalogueQuery, catalogue

STATIC_PREFIX = "/explorer/static"

router = APIRouter(include_in_schema=False)


def static_dir() -> Path:
    """The folder of the page's files; a real directory both in a checkout and in a wheel."""
    return Path(str(files("oncokg.api") / "static"))


@cache
def _index() -> str:
    return (static_dir() / "index.html").read_text(encoding="utf-8")


# The page loads nothing but its own files and talks only to its own API; no inline script,
# no frames (inline styles are allowed: cytoscape.js sizes its canvas with them). Data from
# documents can then never run as code in it.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; "
    "frame-ancestors 'none'"
)


@router.get("/", response_class=HTMLResponse)
def explorer_page() -> HTMLResponse:
    """The explorer's page (search, neighbourhood graph, facts with their evidence)."""
    headers = {
        "Cache-Control": "no-cache",
        "Content-Security-Policy": CONTENT_SECURITY_POLICY,
        "X-Content-Type-Options": "nosniff",
    }
    return HTMLResponse(_index(), headers=headers)


_GUIDE_CORS = {"Access-Control-Allow-Origin": "*"}


@router.get("/guide/oncokg.html", response_class=HTMLResponse)
def browser_guide() -> HTMLResponse:
    """The Neo4j Browser guide. Browser fetches guides from its own page, hence the CORS
    header; the guide is public, read-only text."""
    return HTMLResponse(_guide(), headers=_GUIDE_CORS)


@router.options("/guide/oncokg.html", include_in_schema=False)
def browser_guide_preflight(request: Request) -> Response:
    """Browser asks first (a CORS pre-flight, with its own request headers): without this
    answer `:play` says "No guide by that name"."""
    asked = request.headers.get("access-control-request-headers", "")
    headers = {
        **_GUIDE_CORS,
        "Access-Control-Allow-Methods": "GET, OPTIONS",
        "Access-Control-Max-Age": "600",
        **({"Access-Control-Allow-Headers": asked} if asked else {}),
    }
    return Response(status_code=204, headers=headers)


@cache
def _guide() -> str:
    return render_guide(catalogue().values())


RUNNABLE = '<figure><pre mode="cypher" class="pre-scrollable code runnable">'
GUIDE_INTRO = f"""<slide class="row-fluid">
  <div class="col-sm-3">
    <h3>OncoKG</h3>
    <p class="lead">Molecules, targets, diseases and organisations from oncology press
    releases; every fact with its evidence.</p>
  </div>
  <div class="col-sm-9">
    <p>Nodes: <code>Molecule</code>, <code>Target</code>, <code>Disease</code>,
    <code>Organization</code>, <code>Document</code> (also <code>PressRelease</code>).
    Facts: <code>TARGETS</code>, <code>INDICATED_FOR</code> (with <code>phase</code>),
    <code>DEVELOPS</code>, <code>COLLABORATES_WITH</code> (stored once, match it undirected).
    Every fact carries parallel lists <code>documents</code>, <code>evidence</code>,
    <code>dates</code>, and <code>first_date</code>, <code>last_date</code>,
    <code>doc_count</code>.</p>
    <p>Each following slide is one query of the catalogue (<code>cypher/queries/</code>): run
    its <code>:param</code> lines first, then the query. Drag <code>cypher/oncokg.grass</code>
    onto this window for OncoKG's colours and captions.</p>
    <figure><pre mode="cypher" class="pre-scrollable code runnable">{PARTNER_NETWORK}</pre></figure>
  </div>
</slide>"""


def _slide(query: CatalogueQuery) -> str:
    # `:param k => v` is evaluated by the server, so 10 stays an integer; Browser's own
    # `:params {k: 10}` turns numbers into floats, which LIMIT and SKIP refuse.
    params = "".join(
        f"\n    {RUNNABLE}{html.escape(param_command(k, v))}</pre></figure>"
        for k, v in query.example.items()
    )
    statement = "\n".join(
        line for line in query.text.splitlines() if not line.startswith("//")
    ).strip()
    only = (
        f"<p><em>Neo4j only: {html.escape(query.neo4j_only)}</em></p>" if query.neo4j_only else ""
    )
    return f"""<slide class="row-fluid">
  <div class="col-sm-3">
    <h3>{html.escape(query.name)}</h3>
    <p class="lead">{html.escape(query.question)}</p>
  </div>
  <div class="col-sm-9">
    <p>Parameters: {html.escape(query.parameters)}</p>{only}{params}
    {RUNNABLE}{html.escape(statement)}</pre></figure>
  </div>
</slide>"""


def param_command(name: str, value: object) -> str:
    """Browser's command to set one parameter, evaluated server-side (integers stay integers)."""
    return f":param {name} => {_cypher_literal(value)}"


def _cypher_literal(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


def render_guide(queries: Iterable[CatalogueQuery]) -> str:
    """A Neo4j Browser guide (Browser's `<article class="guide">` / `<slide>` format): an
    introduction, then one slide per catalogue query with its `:param` lines and its text."""
    slides = "\n".join([GUIDE_INTRO, *(_slide(q) for q in queries)])
    return (
        "<!-- Generated from cypher/queries/ by oncokg.api.explorer.render_guide; "
        "tests/cypher/test_guide.py keeps it in step. -->\n"
        '<article class="guide">\n<carousel class="deck container-fluid">\n'
        f"{slides}\n</carousel>\n</article>\n"
    )


def install(app: FastAPI) -> None:
    """Serve the explorer at `/`, the API docs at `/docs` and their files under
    `/explorer/static/`: nothing comes from a CDN, so both work offline."""
    app.include_router(router)
    openapi_url = app.openapi_url or "/openapi.json"

    @app.get("/docs", include_in_schema=False)
    def api_docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=openapi_url,
            title=f"{app.title} - docs",
            swagger_js_url=f"{STATIC_PREFIX}/vendor/swagger-ui-bundle.js",
            swagger_css_url=f"{STATIC_PREFIX}/vendor/swagger-ui.css",
            swagger_favicon_url=f"{STATIC_PREFIX}/vendor/favicon-32x32.png",
        )

    app.mount(STATIC_PREFIX, StaticFiles(directory=static_dir()), name="explorer-static")

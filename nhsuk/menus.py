"""An app's pages in the CMS menu, below the CMS page the app hangs on, so that the one
breadcrumb component (`{% show_breadcrumb %}` with `menu/breadcrumb.html`) shows them.

django CMS knows only its own pages: on `/governance/meetings/42/` the menu's selected node is
the Governance page. An app lists its pages as `AppPage(path, title, parent)` (`parent`: the
path of the app page above, or of the CMS page the app hangs on) and registers a subclass of
`AppPagesModifier` in its `cms_menus.py`. For each request to one of the app's URLs the modifier
adds the nodes from that CMS page down to the page shown, and selects the last. A URL with no
entry of its own (a file of a publication, a meeting's "question received") hangs below the
nearest listed page above it in the path.

Only the trail of the page being shown is added, so menus stay the size of the CMS tree; the
list itself comes from a `content_cached` selector, so building the trail costs no query.
"""

import hashlib
import pickle
from typing import NamedTuple

from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language
from menus.base import Modifier, NavigationNode
from menus.menu_pool import MenuRenderer, menu_pool


class AppPage(NamedTuple):
    path: str
    title: str
    parent: str


def app_page_trail(path, pages):
    """The pages (top first) from below the CMS page down to `path`, or to the nearest listed
    page above it; empty when nothing on the way is listed. `pages` maps paths to AppPages."""
    page = pages.get(path)
    while page is None and path.strip("/"):
        path = path.rstrip("/").rpartition("/")[0] + "/"
        page = pages.get(path)
    trail = []
    while page is not None:
        trail.append(page)
        page = pages.get(page.parent)
    trail.reverse()
    return trail


class AppPagesModifier(Modifier):
    """Subclasses set `app_name` (the apphook's) and define `pages()`, the app's AppPages."""

    app_name = None

    def applies(self, match):
        return self.app_name in match.app_names

    def modify(self, request, nodes, namespace, root_id, post_cut, breadcrumb):
        match = getattr(request, "resolver_match", None)
        if post_cut or match is None or not self.applies(match):
            return nodes
        trail = app_page_trail(request.path, {page.path: page for page in self.pages()})
        if not trail:
            return nodes
        parent = next((node for node in nodes if node.get_absolute_url() == trail[0].parent), None)
        if parent is None:
            return nodes
        for node in nodes:
            node.selected = False
        for page in trail:
            node = NavigationNode(page.title, page.path, id=f"{type(self).__name__}:{page.path}")
            node.parent, node.namespace = parent, parent.namespace
            node.level = None if parent.level is None else parent.level + 1
            parent.children.append(node)
            nodes.append(node)
            parent = node
        node.selected = True
        for ancestor in node.get_ancestors():
            ancestor.ancestor = True
        return nodes


class MenuRendererReadingOnce(MenuRenderer):
    """django CMS's menu renderer, reading the menu's nodes from the cache once per request.

    The CMS's renderer reads and unpickles the whole node tree from the cache for each menu tag
    (the header's navigation, the breadcrumb, "In this section"), and each tag then changes the
    nodes it was given (marks, cut levels). This one keeps the first read's pickled bytes and
    gives each tag its own copy of them."""

    _nodes_pickled = None

    def _build_nodes(self):
        if self._nodes_pickled is None:
            self._nodes_pickled = pickle.dumps(super()._build_nodes(), pickle.HIGHEST_PROTOCOL)
        return pickle.loads(self._nodes_pickled)  # noqa: S301 (bytes pickled just above)


def menu_renderer(request):
    """A context processor after the CMS's `cms_settings`: its `cms_menu_renderer`, replaced by
    a MenuRendererReadingOnce made when a menu tag first asks (the same for the whole page)."""
    return {
        "cms_menu_renderer": SimpleLazyObject(
            lambda: MenuRendererReadingOnce(pool=menu_pool, request=request)
        )
    }


def menu_fragment_name(request, name, per_address=False):
    """The name a part of a page drawn from the menu is kept under for visitors, or None when
    it must be drawn afresh: for anyone signed in (staff may see drafts, and the CMS's own
    placeholder cache leaves them out too).

    A menu marks the page shown: its item is "current", and its ancestors are. So the part is
    kept per CMS page, and apart on the page's own address (the item is the page) and below it
    (an app's page: the item is the section); `per_address` keeps one per address below it (a
    breadcrumb ends with the app's page). Only the addresses of pages shown with that part make
    entries: the error pages have no breadcrumb."""
    if request is None or request.user.is_authenticated:
        return None
    language = get_language()
    page = getattr(request, "current_page", None)
    if not page:
        # Off the CMS's pages (the search, the sign-in, an address that is no page) the menu
        # marks nothing, whatever the address: one part for all of them, unless an app adds its
        # page to the menu there (the contact page), which is drawn afresh.
        return None if _app_page_added(request) else f"menu-fragment:{name}:{language}:no-page"
    # The CMS found the page by the address asked for, and noted its addresses, or through an
    # app hanging on it (then the address is below it): no query either way.
    place = "page" if _on_own_address(request, page, language) else "below"
    if per_address and place == "below":
        place = hashlib.sha256(request.path.encode()).hexdigest()
    return f"menu-fragment:{name}:{language}:{page.pk}:{place}"


def _on_own_address(request, page, language):
    """Whether `request` asks for `page`'s own address, not one below it (an app's page): worked
    out once per request, for all the menus' parts (a CMS page's address costs about 35 µs)."""
    known = request.__dict__.setdefault("_menu_own_address", {})
    if (page.pk, language) not in known:
        known[page.pk, language] = (
            language in page.urls_cache and request.path == page.get_absolute_url(language)
        )
    return known[page.pk, language]


def _app_page_added(request):
    """Whether an app adds the page asked for to the menu (an `AppPagesModifier` applies)."""
    match = getattr(request, "resolver_match", None)
    return match is not None and any(
        issubclass(modifier, AppPagesModifier) and modifier(None).applies(match)
        for modifier in menu_pool.get_registered_modifiers()
    )

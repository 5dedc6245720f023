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

from typing import NamedTuple

from menus.base import Modifier, NavigationNode


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

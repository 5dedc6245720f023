"""One version for everything cached from the site's content, bumped in one place.

django CMS keeps its cached pages under a version that publishing bumps. Everything else cached
from content keeps its entries under that same version: visitors' copies of the apps' pages
(`llr_site/visitor_cache.py`) and the apps' own cached reads (`content_cached`). Saving or
deleting a record of an app that calls `content_changes_watch`, or linking it to others or
unlinking it (many-to-many), bumps it once, after the commit
(`content_changed`), and also drops the cached placeholders that show that app's records (the CMS
caches each placeholder under a version of its own, which publishing a page renews and a record
change does not). So one change drops every cached copy at once, in every worker that shares the
cache, and nothing is cleared by hand.

A save the public cannot see drops nothing: a model says what the public sees of a record with
`is_seen_by_public()` (a question awaiting moderation, a draft publication answer False), and
content under djangocms-versioning (shared content, and a plugin through the page or shared
content it belongs to) is public when its version is published. A save or delete bumps the
version only when the record was public before or is public after it; publishing or unpublishing
a version of content other than a page (`content_versions_watch`) bumps it too (the CMS drops its
cached pages itself when a page is published).

Nothing is kept longer than the version key lives (the CMS's content cache duration): when the
key expires it starts again from 1, and older entries must have gone by then.

Each app server also keeps what `content_cached` read in its own memory (`server_cache`,
bounded in entries), so a page's parts cost no round trip to the shared cache: only the version
is read from it, once per request. An entry there is named by the version and by a generation
token kept in the shared cache beside it: a change bumps the version, a shared cache emptied
(flushed, restarted) starts a new generation, and a server whose shared cache does not answer
keeps nothing of its own; so no server serves another's stale copy.

What a visitor's own words decide (a search's results) is kept only in this server's memory
(`search_cached`), never in the shared cache, which anyone typing new words could otherwise fill;
in a store of its own, bounded too, so that a flood of new words cannot push the pages' parts out.
What servers must not share (HTML naming static files by their hashed names, which each deploy
changes: the parts around every page, `{% kept_part %}`) is kept only in this server's memory too
(`server_cached`), with the pages' parts.
"""

import hashlib
import logging
import secrets
from contextvars import ContextVar

from cms.cache import CMS_PAGE_CACHE_VERSION_KEY, invalidate_cms_page_cache
from cms.models import CMSPlugin, Placeholder
from cms.plugin_pool import plugin_pool
from cms.utils.conf import get_cms_setting
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.cache.backends.locmem import LocMemCache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from djangocms_versioning import versionables
from djangocms_versioning.constants import OPERATION_PUBLISH, OPERATION_UNPUBLISH, PUBLISHED
from djangocms_versioning.models import Version
from djangocms_versioning.signals import post_version_operation

logger = logging.getLogger(__name__)
_watched_apps = set()
# Functions naming more placeholders to drop on a change: those whose plugins hold links to
# records (`content_placeholders_watch`).
_placeholder_finders = []
# What `content_cached` read during the current request (`ContentMemoMiddleware`): many
# templates and tags of one page ask for the same reads, each a round trip to the cache.
_request_memo = ContextVar("content_request_memo", default=None)
# Names a generation of the shared cache: a new one when it was emptied. Its name sorts before
# the version's, so a database cache that culls (lowest names first) never drops the version
# and keeps the generation.
GENERATION_KEY = "cms-content-generation"
_VERSION = "content-cache:version-read"
# This server's own copies (pickled, as in the shared cache), at most SERVER_ENTRIES per process:
# a third of them dropped beyond.
SERVER_ENTRIES = 1000
server_cache = LocMemCache(
    "content-cache", {"OPTIONS": {"MAX_ENTRIES": SERVER_ENTRIES, "CULL_FREQUENCY": 3}}
)
# This server's copies of searches' results (`search_cached`), at most SEARCH_ENTRIES per process.
SEARCH_ENTRIES = 500
search_cache = LocMemCache(
    "content-search", {"OPTIONS": {"MAX_ENTRIES": SEARCH_ENTRIES, "CULL_FREQUENCY": 3}}
)


def content_lifetime():
    """Seconds a cached copy of content may live: the CMS's content cache duration."""
    return get_cms_setting("CACHE_DURATIONS")["content"]


def content_version():
    """The current version; every key of cached content includes it. Read once per request
    (`ContentMemoMiddleware`), and again after a change has bumped it."""
    return _version_read()[0]


def _version_read():
    """(version, generation): the generation is None when the shared cache did not answer (or
    another server had just named a new one): nothing may then be kept in this server's memory."""
    memo = _request_memo.get()
    if memo is not None and _VERSION in memo:
        return memo[_VERSION]
    try:
        version, generation = _version_ask()
    except Exception:  # noqa: BLE001
        # The database cache raises when the database is down (django-redis, told to ignore its
        # errors, answers nothing): the cache did not answer either way, and the 503 page renders.
        logger.warning("The cache did not answer; nothing is kept.", exc_info=True)
        version, generation = 1, None
    if memo is not None:
        memo[_VERSION] = (version, generation)
    return version, generation


def _version_ask():
    read = cache.get_many([CMS_PAGE_CACHE_VERSION_KEY, GENERATION_KEY])
    version, generation = read.get(CMS_PAGE_CACHE_VERSION_KEY), read.get(GENERATION_KEY)
    if version is None:
        version = 1
        cache.add(CMS_PAGE_CACHE_VERSION_KEY, version, content_lifetime())
    if generation is None:
        token = secrets.token_hex(8)
        # Kept under it only once the shared cache holds it (not when another server's came
        # first, nor when the cache did not answer).
        generation = token if cache.add(GENERATION_KEY, token, timeout=None) else None
    return version, generation


def _lifetime(timeout):
    """Seconds an entry asked to be kept `timeout` seconds (None: as long as content) may be."""
    return content_lifetime() if timeout is None else min(timeout, content_lifetime())


def content_key(name):
    return f"{name}:v{content_version()}"


def content_kept():
    """Called after writing entries under the current version: the version outlives them."""
    try:
        cache.touch(CMS_PAGE_CACHE_VERSION_KEY, content_lifetime())
    except Exception:  # noqa: BLE001
        # django-redis ignores an unreachable server on every call but `touch`; a cache that
        # cannot be reached has kept nothing that could outlive the version.
        logger.warning("The cache did not answer; nothing was kept.", exc_info=True)


def content_cached(name, compute, timeout=None):
    """`compute()`, kept under `name` until the content changes (or `timeout` seconds, if
    sooner); None is a value like any other."""
    return content_cached_many({name: compute}, timeout)[0]


def content_cached_many(computes, timeout=None):
    """`content_cached` for many names at once ({name: compute}), read in one round trip to the
    shared cache at most: the list of their values, in the order given."""
    memo = _request_memo.get()
    values = {} if memo is None else {name: memo[name] for name in computes if name in memo}
    version, generation = _version_read()
    keys = {f"{name}:v{version}": name for name in computes if name not in values}
    # This server's names for them: none when the shared cache gave no generation.
    here_keys = {} if generation is None else {f"{generation}:{key}": key for key in keys}
    here = server_cache.get_many(list(here_keys)) if here_keys else {}
    here = {here_keys[here_key]: value for here_key, value in here.items()}
    shared = [key for key in keys if key not in here]
    stored = cache.get_many(shared) if shared else {}
    missing = {key: (computes[keys[key]](),) for key in shared if key not in stored}
    lifetime = _lifetime(timeout)
    if missing and lifetime > 0:
        cache.set_many(missing, lifetime)
        content_kept()
    if generation is not None and lifetime > 0 and (stored or missing):
        read = {**stored, **missing}
        server_cache.set_many(
            {f"{generation}:{key}": value for key, value in read.items()}, lifetime
        )
    values.update((keys[key], value[0]) for key, value in {**here, **stored, **missing}.items())
    if memo is not None:
        memo.update(values)
    return [values[name] for name in computes]


def search_cached(name, compute, timeout=None):
    """`compute()`, kept in this server's memory alone under `name` (which may hold anything a
    visitor typed) until the content changes (or `timeout` seconds, if sooner); computed every
    time when the shared cache gave no generation."""
    digest = hashlib.blake2b(name.encode(errors="surrogatepass"), digest_size=16).hexdigest()
    return _kept_here(search_cache, f"search:{digest}", compute, timeout)


def server_cached(name, compute):
    """`compute()`, kept in this server's memory alone under `name` (written in the code, never
    typed by a visitor) until the content changes: for what servers must not share, such as HTML
    naming static files by their hashed names, which each deploy changes."""
    return _kept_here(server_cache, f"here:{name}", compute)


def _kept_here(store, name, compute, timeout=None):
    version, generation = _version_read()
    lifetime = _lifetime(timeout)
    if generation is None or lifetime <= 0:
        return compute()
    key = f"{generation}:{name}:v{version}"
    kept = store.get(key)
    if kept is not None:
        return kept[0]
    value = compute()
    store.set(key, (value,), lifetime)
    content_kept()
    return value


class ContentMemoMiddleware:
    """Each of `content_cached`'s reads once per request, however many parts of a page ask."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request_memo.set({})
        try:
            return self.get_response(request)
        finally:
            _request_memo.reset(token)


def content_changed(instance=None, signal=None, **kwargs):
    """Drop every cached copy of content, once the current transaction has committed (a request
    in between must not cache the old data under the new version); nothing when the saved or
    deleted record was never seen by the public."""
    if instance is not None:
        was_public = signal is post_save and getattr(instance, "_content_was_public", True)
        if not was_public and not content_is_public(instance):
            return
    transaction.on_commit(_content_drop)


def content_is_public(instance):
    """Whether the public sees `instance`: a plugin when its page version is published, a record
    by its model's `is_seen_by_public()`; a model without one is always public."""
    if isinstance(instance, CMSPlugin):
        return _plugin_is_public(instance)
    if versionables.exists_for_content(instance):
        return _version_is_published(instance)
    is_seen_by_public = getattr(instance, "is_seen_by_public", None)
    return True if is_seen_by_public is None else is_seen_by_public()


def _plugin_is_public(plugin):
    source = plugin.placeholder.source if plugin.placeholder_id else None
    if source is None or not versionables.exists_for_content(source):
        # Content outside versioning (a static placeholder) is public as soon as saved.
        return True
    return _version_is_published(source)


def _version_is_published(content):
    return Version.objects.filter(
        content_type=ContentType.objects.get_for_model(content),
        object_id=content.pk,
        state=PUBLISHED,
    ).exists()


def content_placeholders_watch(find):
    """Drop, on every change, the cached placeholders `find()` names as (placeholder id,
    language) pairs too: those whose plugins show a record without being that record's app's
    (a link to a publication in a text or a component follows its new address, or goes)."""
    if find not in _placeholder_finders:
        _placeholder_finders.append(find)


def _content_remember(sender, instance, raw=False, **kwargs):
    """Before a save: whether the record was public, read from the database (only for records
    that can be hidden from the public: the others always are)."""
    if not (
        issubclass(sender, CMSPlugin)
        or hasattr(sender, "is_seen_by_public")
        or versionables.exists_for_content(sender)
    ):
        return
    old = sender._base_manager.filter(pk=instance.pk).first() if instance.pk else None
    instance._content_was_public = old is not None and content_is_public(old)


def content_version_renew(**kwargs):
    """A signal receiver for changes outside the apps' records that what is cached shows (the
    CMS clearing its menu, the apps' URLs changing): every cached copy of content goes once the
    transaction commits, as with `content_changed`, but no placeholder needs dropping."""
    transaction.on_commit(_content_version_renew)


def _content_version_renew():
    memo = _request_memo.get()
    if memo:
        memo.clear()
    invalidate_cms_page_cache()


def _content_drop():
    _content_version_renew()
    types = [
        plugin.__name__
        for plugin in plugin_pool.get_all_plugins()
        if plugin.model._meta.app_label in _watched_apps
    ]
    pairs = set(
        CMSPlugin.objects.filter(plugin_type__in=types).values_list("placeholder_id", "language")
    )
    for find in _placeholder_finders:
        pairs.update(find())
    placeholders = Placeholder.objects.in_bulk({placeholder_id for placeholder_id, _ in pairs})
    for placeholder_id, language in pairs:
        placeholders[placeholder_id].clear_cache(language, site_id=settings.SITE_ID)


def content_changes_watch(app_config):
    """Call `content_changed` whenever a record of the app is saved or deleted, or its links to
    other records (many-to-many) change."""
    _watched_apps.add(app_config.label)
    for model in app_config.get_models():
        # Whether a model is versioned is known only once the CMS is ready: `_content_remember`
        # asks then.
        uid = f"content-was-{model._meta}"
        pre_save.connect(_content_remember, sender=model, dispatch_uid=uid)
        for signal in (post_save, post_delete):
            signal.connect(content_changed, sender=model, dispatch_uid=f"content-{model._meta}")
        for field in model._meta.local_many_to_many:
            through = field.remote_field.through
            m2m_changed.connect(_links_changed, sender=through, dispatch_uid=f"content-{field}")


def _links_changed(sender, instance, action, **kwargs):
    """A record linked to others or unlinked (an agenda item's papers): once done."""
    if action in ("post_add", "post_remove", "post_clear"):
        content_changed(instance=instance, signal=m2m_changed)


def content_versions_watch(content_model):
    """Call `content_changed` when a version of `content_model` (versioned by
    djangocms-versioning) is published or unpublished: what the public sees changes then, not
    when a draft is saved."""
    post_version_operation.connect(
        _version_operation_done, sender=content_model, dispatch_uid=f"content-{content_model._meta}"
    )


def _version_operation_done(sender, operation, **kwargs):
    if operation in (OPERATION_PUBLISH, OPERATION_UNPUBLISH):
        content_changed()

"""The load test's visitors (locust): cached pages, searches with random terms, downloads and
feeds, each request named by its kind; and a visitor who fetches the static stylesheet only,
whose rate is the yardstick."""

import os
import random
import string

from locust import FastHttpUser, between, task

DOWNLOAD = os.environ.get("LOAD_DOWNLOAD_URL", "")
STYLESHEET = os.environ.get("LOAD_STYLESHEET_URL", "")
CACHED_PAGES = [
    "/",
    "/west-leicestershire/",
    "/pcns/",
    "/practices/?ccg=04V",
    "/publications/?type=annual-report",
    "/governance/meetings/",
]


def _term():
    return "".join(random.choices(string.ascii_lowercase, k=random.randint(3, 9)))


class Visitor(FastHttpUser):
    """A visitor: mostly cached pages, some searches, a download now and then, a feed reader."""

    wait_time = between(0, 0)

    @task(10)
    def cached_page(self):
        self.client.get(random.choice(CACHED_PAGES), name="cached page")

    @task(3)
    def finder_search(self):
        self.client.get(f"/practices/?q={_term()}", name="finder search")

    @task(3)
    def library_search(self):
        self.client.get(f"/publications/?q={_term()}", name="library search")

    @task(2)
    def download(self):
        self.client.get(DOWNLOAD, name="file download")

    @task(2)
    def feed(self):
        path = random.choice(["/publications/feed/", "/governance/meetings.ics"])
        self.client.get(path, name="feed")


class StaticReader(FastHttpUser):
    """Fetches the stylesheet as fast as it can: the rate every other is compared with."""

    wait_time = between(0, 0)

    @task
    def stylesheet(self):
        self.client.get(STYLESHEET, name="static file")

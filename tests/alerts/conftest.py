"""Alerts tests: a real SMTP server on loopback, and the worker run as `db_worker --batch`."""

import io

import pytest
from django.core.management import call_command

from tests.alerts.smtp import Inbox


@pytest.fixture
def smtp(settings):
    inbox = Inbox()
    inbox.start()
    for name, value in inbox.settings().items():
        setattr(settings, name, value)
    yield inbox
    if inbox.controller and inbox.controller._thread is not None:
        inbox.stop()


@pytest.fixture
def worker(monkeypatch, django_capture_on_commit_callbacks):
    """Runs every queued task as the worker would (`manage.py db_worker --batch`), in the
    test's transaction: the worker's connection recycling is switched off for that, and the
    tasks' own after-commit work (the jobs they queue) runs as their commits would run it."""
    from django_tasks_db.management.commands import db_worker

    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)

    def run():
        while True:
            with django_capture_on_commit_callbacks(execute=True) as queued:
                call_command(
                    "db_worker",
                    "--batch",
                    "--no-startup-delay",
                    "--no-reload",
                    stdout=io.StringIO(),
                )
            if not queued:
                return

    return run


@pytest.fixture(autouse=True)
def database_task_queue(settings):
    """Alerts go through the database queue and the worker, as in production (the rest of the
    suite runs background tasks at once)."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

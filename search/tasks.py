"""Background work of the search (django-tasks): reading a file's text after its upload, and
re-indexing a kind after a bulk change (an ODS import).

`enqueue` is the one seam between the search and the project's task queue: the backend is
chosen by the TASKS setting (the database in production, run by `manage.py db_worker`;
immediate in tests).
"""

from django_tasks import task

from search import services


@task()
def file_text_extract(file_version_id):
    services.publication_file_text_extract(file_version_id)


@task()
def kind_rebuild(kind):
    services.kind_rebuild(kind)


def enqueue(job, *args):
    """Queue `job` (one of the tasks above) with `args`; call after the commit."""
    return job.enqueue(*args)

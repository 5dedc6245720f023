"""What a page asks the database on a visit after the first, once the site has kept its parts."""

from django.db import connection
from django.test.utils import CaptureQueriesContext


def second_visit(client, path):
    """(the first response, the second, the SQL of each query the second made)."""
    first = client.get(path)
    with CaptureQueriesContext(connection) as queries:
        second = client.get(path)
    return first, second, [query["sql"] for query in queries]

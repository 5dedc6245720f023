"""The link search as the text editor's link dialog and the link fields call it, and a text
linking to a record as the dialog stores it."""

LINK_SEARCH = "/admin/djangocms_link/link/urls"


def search(client, term):
    """Each result of the link search as (id, text, url)."""
    response = client.get(LINK_SEARCH, {"term": term})
    assert response.status_code == 200
    return [
        (item["id"], item["text"], item["url"])
        for group in response.json()["results"]
        for item in group["children"]
    ]


def text_link(record, words="the link"):
    return (
        f'<p>See <a href="/stale/" data-cms-href="{record._meta.label_lower}:{record.pk}">'
        f"{words}</a>.</p>"
    )

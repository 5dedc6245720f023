"""The media library: staff upload images once and reuse them; what is not an image of the
format it claims, an SVG, or too large a file is refused with a clear message, nothing stored."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from filer.models import File

from llr_site.roles import COMMUNICATIONS_STAFF, GOVERNANCE_OFFICERS
from media_library import conf
from tests.factories import UserFactory, staff_sign_in
from tests.nhsuk_components.builders import png_bytes

pytestmark = pytest.mark.django_db

UPLOAD = "/admin/filer/clipboard/operations/upload/no_folder/"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/></svg>'


@pytest.fixture
def upload(client, settings):
    staff_sign_in(client, UserFactory(username="comms", group=COMMUNICATIONS_STAFF))

    def send(name, content):
        before = File.objects.count()
        response = client.post(UPLOAD, {"file": SimpleUploadedFile(name, content)})
        stored_files = (
            list((settings.MEDIA_ROOT).rglob("*.*")) if settings.MEDIA_ROOT.exists() else []
        )
        return response, File.objects.count() - before, stored_files

    return send


def test_an_image_is_uploaded_and_its_camera_metadata_dropped(upload):
    from PIL import Image

    response, added, stored = upload("Ward round.jpg", png_bytes(800, 600, "JPEG"))
    assert response.status_code == 200, response.content
    assert added == 1
    image = File.objects.get()
    assert image.original_filename == "Ward round.jpg"
    with Image.open(image.file) as opened:
        assert opened.format == "JPEG" and not opened.getexif()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("logo.svg", SVG, "is an SVG image, which the media library does not accept"),
        # filer's own image form refuses what Pillow cannot read at all, before our checks.
        ("logo.png", SVG, "Image format not recognized"),
        ("photo.png", png_bytes(fmt="JPEG"), "is named as a PNG image but its content is not one"),
        ("page.png", b"<!doctype html><script>alert(1)</script>", "Image format not recognized"),
        ("report.pdf", b"MZ\x90\x00 a program", "is named .pdf but its content is not a PDF"),
        ("empty.png", b"", "is empty"),
        ("page.html", b"<html></html>", "upload denied by site security policy"),
        ("program.exe", b"MZ\x90\x00", "upload denied by site security policy"),
    ],
)
def test_a_file_that_is_not_what_it_claims_is_refused_nothing_stored(
    upload, name, content, message
):
    response, added, stored = upload(name, content)
    assert response.status_code == 400
    assert message in json.loads(response.content)["error"]
    assert added == 0 and stored == []


def test_an_oversized_file_is_refused_with_the_limit_nothing_stored(upload, monkeypatch):
    monkeypatch.setattr(conf, "MEDIA_LIBRARY_MAX_UPLOAD_MB", 1)
    big = png_bytes(1600, 1200) + b"\0" * (1024 * 1024)
    response, added, stored = upload("poster.png", big)
    assert response.status_code == 400
    assert "files in the media library can be at most 1 MB" in json.loads(response.content)["error"]
    assert added == 0 and stored == []


def test_an_image_of_too_many_pixels_is_refused_before_it_is_decoded(upload, monkeypatch):
    monkeypatch.setattr(conf, "MEDIA_LIBRARY_MAX_IMAGE_PIXELS", 1000)
    response, added, stored = upload("huge.png", png_bytes(100, 100))
    assert response.status_code == 400
    assert (
        "has 10,000 pixels; images can have at most 1,000" in json.loads(response.content)["error"]
    )
    assert added == 0


def test_governance_officers_cannot_upload(client):
    staff_sign_in(client, UserFactory(username="gov", group=GOVERNANCE_OFFICERS))
    response = client.post(UPLOAD, {"file": SimpleUploadedFile("a.png", png_bytes())})
    assert response.status_code == 403
    assert not File.objects.exists()

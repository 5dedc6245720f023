"""Files in object storage (moto's S3 server) or on disk: the same downloads, photos served,
and a clear answer when the store is unreachable or has lost a file."""

import io
import logging

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from PIL import Image

from llr_site.roles import COMMUNICATIONS_STAFF, GOVERNANCE_OFFICERS
from nhsuk_components.images import image_sources
from publications.models import FileVersion, Publication, PublicationFile
from tests.factories import (
    PersonFactory,
    PublicationFactory,
    UserFactory,
    file_add,
    pdf_bytes,
    staff_sign_in,
)
from tests.nhsuk_components.builders import library_image
from tests.object_store import object_storage
from tests.publications.form_data import ADD_URL, publication_add_form

pytestmark = pytest.mark.django_db

PHOTO = b"\x89PNG\r\n\x1a\n" + b"\0" * 64
ODD_NAME = "Board papers (July) – St Peter's Café.pdf"


@pytest.fixture
def in_object_storage(moto_endpoint):
    with override_settings(STORAGES=object_storage(moto_endpoint)):
        yield


@pytest.fixture
def on_disk(tmp_path):
    storages = {
        "default": {"BACKEND": "uploads.storage.LocalStorage"},
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    with override_settings(STORAGES=storages, MEDIA_ROOT=tmp_path):
        yield


@pytest.fixture(params=["object storage", "disk"])
def storage(request):
    return request.getfixturevalue(
        "in_object_storage" if request.param == "object storage" else "on_disk"
    )


@pytest.fixture
def officer(client):
    staff_sign_in(client, UserFactory(username="officer", group=GOVERNANCE_OFFICERS))
    return client


def test_a_download_keeps_its_address_name_type_and_attachment(client, storage):
    content = pdf_bytes(2)
    version = file_add(PublicationFactory(title="Board papers"), ODD_NAME, content)
    response = client.get(version.publication_file.get_absolute_url())
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == content
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    assert "filename*=utf-8''Board%20papers%20%28July%29" in response["Content-Disposition"]


def test_an_officer_uploads_into_object_storage(officer, in_object_storage):
    upload = SimpleUploadedFile("Annual Report 2019-20.pdf", pdf_bytes(3))
    assert officer.post(ADD_URL, publication_add_form(upload)).status_code == 302
    version = FileVersion.objects.get(publication_file__publication__slug="annual-report-2019-20")
    assert default_storage.exists(version.file.name)
    downloaded = officer.get(version.publication_file.get_absolute_url())
    assert b"".join(downloaded.streaming_content) == pdf_bytes(3)


def test_photos_are_served_from_the_site_whatever_the_storage(client, storage):
    person = PersonFactory(name="Photo Person", photo_alt_text="Head and shoulders")
    person.photo.save("photo.png", ContentFile(PHOTO))
    assert person.photo.url.startswith("/media/governance/people/")
    response = client.get(person.photo.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert b"".join(response.streaming_content) == PHOTO


@pytest.mark.parametrize(
    "path",
    [
        "/media/publications/anything.pdf",  # only through the library, which checks embargoes
        "/media/governance/people/../../publications/x.pdf",
        "/media/governance/people/no-such-photo.png",
    ],
)
def test_files_outside_public_folders_or_missing_are_not_found(client, storage, path):
    assert client.get(path).status_code == 404


def test_a_file_deleted_behind_the_sites_back_is_a_404_and_a_logged_error(client, storage, caplog):
    version = file_add(PublicationFactory(title="Lost file"))
    default_storage.delete(version.file.name)
    with caplog.at_level(logging.ERROR, logger="publications.views"):
        response = client.get(version.publication_file.get_absolute_url())
    assert response.status_code == 404
    assert "missing from storage" in caplog.text


def test_an_unreachable_store_gives_visitors_a_503(client, moto_endpoint, closed_endpoint):
    with override_settings(STORAGES=object_storage(moto_endpoint)):
        version = file_add(PublicationFactory(title="Stored then unreachable"))
        person = PersonFactory(name="Unreachable Photo", photo_alt_text="Head and shoulders")
        person.photo.save("photo.png", ContentFile(PHOTO))
    with override_settings(STORAGES=object_storage(closed_endpoint)):
        for url in (version.publication_file.get_absolute_url(), person.photo.url):
            response = client.get(url)
            assert response.status_code == 503
            assert "Try again in a few minutes" in response.content.decode()


def test_an_unreachable_store_gives_officers_a_message_and_stores_nothing(officer, closed_endpoint):
    with override_settings(STORAGES=object_storage(closed_endpoint)):
        upload = SimpleUploadedFile("Annual Report 2019-20.pdf", pdf_bytes(1))
        response = officer.post(ADD_URL, publication_add_form(upload), follow=True)
    assert response.status_code == 200
    assert "The file store could not be reached, so nothing was saved" in (
        response.content.decode()
    )
    assert not Publication.objects.filter(slug="annual-report-2019-20").exists()
    assert not PublicationFile.objects.filter(title="Full report").exists()


def test_media_library_images_and_thumbnails_are_in_the_store_and_served(client, storage):
    image = library_image("ward.png", width=900, height=600)
    sources = image_sources(image.pk)
    assert image.file.name.startswith("filer_public/")
    assert default_storage.exists(image.file.name)
    thumbnail = sources["src"]
    assert thumbnail.startswith("/media/filer_public_thumbnails/")
    assert default_storage.exists(thumbnail.removeprefix("/media/"))
    response = client.get(thumbnail)
    assert response.status_code == 200
    with Image.open(io.BytesIO(b"".join(response.streaming_content))) as served:
        assert served.width == sources["width"]
        assert response["Content-Type"] == Image.MIME[served.format]


def test_a_media_library_original_is_served_to_staff_only(client, storage):
    image = library_image("ward.png", width=900, height=600)
    assert image.url == f"/media/{image.file.name}"
    assert client.get(image.url).status_code == 404
    staff_sign_in(client, UserFactory(username="comms", group=COMMUNICATIONS_STAFF))
    response = client.get(image.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == image.file.storage.open(image.file.name).read()

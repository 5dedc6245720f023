import pytest


@pytest.fixture(autouse=True)
def media_in_a_temporary_folder(settings, tmp_path):
    """The media library's files (filer keeps them on the default file system) go nowhere real."""
    settings.MEDIA_ROOT = tmp_path / "media"

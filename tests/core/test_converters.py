"""The bounded path converters: an id or a code too long for the database is a 404, not a 500."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "path",
    [
        "/governance/meetings/999999999999999999/",  # 18 digits: matched, no such meeting
        "/governance/meetings/9999999999999999999/",  # 19 digits: no URL
        "/governance/meetings/999999999999999999.ics",
        "/governance/meetings/999999999999999999/question-received/",
        "/publications/annual-report-2019-20/files/999999999999999999/",
        "/publications/annual-report-2019-20/files/1/versions/9999999999999999999/",
        "/practices/C82001C82001/",  # 12 characters: longer than any ODS code
        "/practices/C8200%2F1/",
        "/pcns/U00000/",
    ],
)
def test_odd_ids_and_codes_are_not_found(client, path):
    assert client.get(path).status_code == 404


def test_ids_convert_to_integers_outside_an_apphook():
    from core.converters import IdConverter, OdsCodeConverter

    assert IdConverter().to_python("000123") == 123
    assert IdConverter().to_url(123) == "123"
    assert OdsCodeConverter().to_python("C82001") == "C82001"

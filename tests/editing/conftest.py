import pytest

from tests.factories import staff_sign_in, user_create


@pytest.fixture
def editor_client(client):
    return staff_sign_in(client, user_create("comms", "Communications staff"))

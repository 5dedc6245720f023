import pytest

from tests.factories import UserFactory, staff_sign_in


@pytest.fixture
def editor_client(client):
    return staff_sign_in(client, UserFactory(username="comms", group="Communications staff"))

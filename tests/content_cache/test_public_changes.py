"""Saving what the public cannot see yet drops no cached page; what they can see always does."""

import datetime

import pytest
from cms.api import add_plugin
from cms.models import PageContent
from django.utils import timezone
from djangocms_versioning.models import Version

from content_cache import content_version
from governance import services
from governance.models import Question
from publications.models import Publication
from tests.factories import (
    AgendaItemFactory,
    MeetingFactory,
    PublicationFactory,
    QuestionFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def version_after(django_capture_on_commit_callbacks):
    """Runs a change and commits it; answers whether the content version moved."""

    def run(change):
        before = content_version()
        with django_capture_on_commit_callbacks(execute=True):
            change()
        return content_version() != before

    return run


def test_a_question_awaiting_moderation_drops_nothing(version_after):
    item = AgendaItemFactory(meeting=MeetingFactory(days_ahead=10))
    assert not version_after(
        lambda: services.question_submit(
            agenda_item=item, name="Sam", email="sam@example.com", text="Why?"
        )
    )


def test_accepting_a_question_drops_the_cached_pages(version_after):
    question = QuestionFactory(agenda_item=AgendaItemFactory(meeting=MeetingFactory(days_ahead=10)))
    moderator = UserFactory(username="officer")
    assert version_after(
        lambda: services.question_moderate(
            question, user=moderator, status=Question.Status.ACCEPTED, answer="Because."
        )
    )


def test_rejecting_a_question_nobody_saw_drops_nothing(version_after):
    question = QuestionFactory(agenda_item=AgendaItemFactory(meeting=MeetingFactory(days_ahead=10)))
    assert not version_after(
        lambda: services.question_moderate(
            question,
            user=UserFactory(username="officer"),
            status=Question.Status.REJECTED,
            rejection_reason=Question.RejectionReason.NOT_AGENDA,
        )
    )


def test_a_draft_publication_drops_nothing_until_it_is_published(version_after):
    assert not version_after(
        lambda: PublicationFactory(title="Draft plan", status=Publication.Status.DRAFT)
    )
    draft = PublicationFactory(title="Another draft", status=Publication.Status.DRAFT)

    def publish():
        draft.status = Publication.Status.PUBLISHED
        draft.save()

    assert version_after(publish)


def test_a_new_embargo_drops_the_cached_lists_whose_lifetime_it_bounds(version_after):
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    assert version_after(lambda: PublicationFactory(title="Embargoed", first_published=tomorrow))


def test_withdrawing_a_published_publication_drops_the_cached_pages(version_after):
    publication = PublicationFactory(title="Out now")

    def withdraw():
        publication.status = Publication.Status.WITHDRAWN
        publication.withdrawn_reason = "Replaced by a newer plan."
        publication.save()

    assert version_after(withdraw)


def _plugin_add(content):
    placeholder = content.get_placeholders().get(slot="content")
    return lambda: add_plugin(placeholder, "LatestPublicationsPlugin", "en-gb")


def test_a_plugin_added_to_a_draft_page_drops_nothing(version_after):
    published = PageContent.objects.filter(page__reverse_id="home").first()
    draft = Version.objects.get_for_content(published).copy(UserFactory(username="comms")).content
    assert not version_after(_plugin_add(draft))


def test_a_plugin_added_to_a_published_page_drops_the_cached_pages(version_after):
    published = PageContent.objects.filter(page__reverse_id="home").first()
    assert version_after(_plugin_add(published))

"""Public governance pages: governing bodies, people, board meetings, questions and calendars."""

from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods

from content_cache.query import number, one_of, query_params
from core.client_address import client_address
from governance import conf, selectors, services
from governance.calendar import meetings_calendar
from governance.forms import QuestionForm, questions_closed_message


def _meeting(pk):
    meeting = selectors.meeting_get(pk)
    if meeting is None:
        raise Http404("No such meeting.")
    return meeting


@require_GET
def index(request):
    return render(
        request,
        "governance/index.html",
        {
            "governing_bodies": selectors.governing_body_list(),
            "upcoming": selectors.meeting_next_few(),
        },
    )


@require_GET
def joint_working(request):
    upcoming, past = selectors.meeting_joint_list()
    return render(
        request,
        "governance/joint_working.html",
        {
            "governing_bodies": selectors.governing_body_list(),
            "upcoming": upcoming,
            "past": past[:10],
        },
    )


@query_params(members=one_of("past"))
@require_GET
def governing_body(request, slug):
    body = selectors.governing_body_get(slug)
    if body is None:
        raise Http404("No such governing body.")
    past = request.GET.get("members") == "past"
    return render(
        request,
        "governance/governing_body.html",
        {
            "body": body,
            "showing_past": past,
            "members": selectors.governing_body_member_list(body, past=past),
            "constitution": selectors.governing_body_constitution(body),
            "upcoming": selectors.meeting_next_few(governing_body=body),
        },
    )


@require_GET
def person(request, slug):
    person = selectors.person_get(slug)
    if person is None:
        raise Http404("No such person.")
    return render(request, "governance/person.html", {"person": person})


@query_params(year=number)
@require_GET
def meeting_list(request):
    asked = request.GET.get("year", "")
    if asked and not (asked.isdigit() and len(asked) == 4):
        raise Http404("A year is four digits.")
    archive = selectors.meeting_archive_get(year=int(asked) if asked else None)
    if archive is None:
        raise Http404("No meetings were held in public that year.")
    return render(request, "governance/meeting_list.html", archive._asdict())


# The question form's outcomes that show the page again: the message over the form, the status.
QUESTION_REFUSALS = {
    services.QuestionOutcome.TOO_MANY: (
        "You have sent us several questions in the last hour. Please wait an hour before "
        "sending another, or email your question to the governance team.",
        429,
    ),
}


@require_http_methods(["GET", "POST"])
def meeting(request, pk):
    meeting = _meeting(pk)
    closed_reason = selectors.meeting_questions_closed_reason(meeting)
    closed_because = questions_closed_message(meeting, closed_reason) if closed_reason else ""
    form = QuestionForm(meeting=meeting)
    status = 200
    if request.method == "POST":
        form = QuestionForm(request.POST, meeting=meeting)
        outcome = services.question_ask(
            meeting=meeting,
            form=form,
            client_address=client_address(request) or "",
        )
        if outcome in (services.QuestionOutcome.RECEIVED, services.QuestionOutcome.IGNORED):
            return HttpResponseRedirect(_received_url(meeting))
        if outcome is services.QuestionOutcome.CLOSED:
            form.add_error(None, closed_because)
            status = 409
        elif outcome in QUESTION_REFUSALS:
            message, status = QUESTION_REFUSALS[outcome]
            form.add_error(None, message)
    return render(
        request,
        "governance/meeting.html",
        {
            "meeting": meeting,
            "form": form,
            "closed_because": closed_because,
            "publishes_answers": selectors.meeting_publishes_answers(meeting),
            "answered": selectors.question_answered_list(meeting),
            "minutes": selectors.meeting_minutes_get(meeting),
        },
        status=status,
    )


def _received_url(meeting):
    return reverse("governance:question_received", kwargs={"pk": meeting.pk})


@require_GET
def question_received(request, pk):
    meeting = _meeting(pk)
    return render(
        request,
        "governance/question_received.html",
        {"meeting": meeting, "retention_days": conf.question_retention_days()},
    )


@require_GET
def meetings_ics(request):
    return _ics(request, selectors.meeting_calendar_list(), "llr-ccgs-board-meetings.ics")


@require_GET
def meeting_ics(request, pk):
    meeting = _meeting(pk)
    day = timezone.localtime(meeting.starts_at).date()
    return _ics(request, [meeting], f"board-meeting-{day:%Y-%m-%d}.ics")


def _ics(request, meetings, filename):
    body = meetings_calendar(meetings, base_url=request.build_absolute_uri("/").rstrip("/"))
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response

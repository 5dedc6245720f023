"""Public views: CCG profiles, the practice finder, practice and PCN pages, open data."""

from django.http import Http404, JsonResponse
from django.shortcuts import render
from django.utils.cache import patch_cache_control

from ccgs import finder_text, open_data, practice_search, selectors
from ccgs.forms import PracticeSearchForm
from ccgs.ods_text import ods_source_note
from ccgs.search import postcode_parse
from content_cache.query import FREE_TEXT, flag, number, one_of, query_params, upper

PRACTICES_PER_PAGE = 20
FINDER_PARAMS = {
    "q": FREE_TEXT,
    "ccg": upper,
    "pcn": upper,
    "settings": one_of("gp", "all"),
    "closed": flag,
}


def ccg_profile(request):
    profile = selectors.ccg_profile_for_page(request.current_page)
    if profile is None:  # the app was hung on a page that is not a CCG's
        raise Http404("No CCG is linked to this page.")
    return render(
        request,
        "ccgs/profile.html",
        {
            "profile": profile,
            "ccg": profile.ccg,
            "source_note": ods_source_note(selectors.ods_import_run_latest()),
        },
    )


def _finder_results(request):
    form = PracticeSearchForm(request.GET)
    arguments = form.search_arguments()
    practices = practice_search.practice_list(**arguments) if arguments is not None else None
    return form, practices


@query_params(**FINDER_PARAMS, page=number)
def practice_finder(request):
    form = PracticeSearchForm(request.GET)
    arguments = form.search_arguments()
    page, explanation = None, None
    if arguments is not None:
        results = practice_search.practice_finder_results(
            arguments, request.GET.get("page"), PRACTICES_PER_PAGE
        )
        page = results.rows.page(PRACTICES_PER_PAGE)
        if results.nearness is not None:
            explanation = finder_text.nearness(postcode_parse(arguments["text"]), results.nearness)
        elif not page.paginator.count:
            explanation = finder_text.no_match(form.cleaned_data)
    response = render(
        request,
        "ccgs/practice_finder.html",
        {
            "form": form,
            "search_title": finder_text.search_title(form, page),
            "explanation": explanation,
            "page_obj": page,
            "practices": page.object_list if page else [],
            "result_count": page.paginator.count if page else 0,
            "source_note": ods_source_note(selectors.ods_import_run_latest()),
        },
    )
    if not form.is_valid() or (page and request.GET.get("page", "1") != str(page.number)):
        # A filter that is not one of the choices, a page beyond the last: not for a shared
        # cache, which would otherwise keep one copy per made-up value.
        patch_cache_control(response, private=True)
    return response


def practice_page(request, code):
    practice = selectors.practice_get(code)
    if practice is None:
        raise Http404("No practice has this ODS code.")
    return render(
        request,
        "ccgs/practice.html",
        {
            "practice": practice,
            "ccg": practice.ccg,
            "source_note": ods_source_note(selectors.ods_import_run_latest()),
        },
    )


def _open_data_or_error(request):
    form, practices = _finder_results(request)
    if practices is None:
        errors = {name: [str(e) for e in errs] for name, errs in form.errors.items()}
        return None, JsonResponse({"errors": errors}, status=400)
    practices = list(practices)
    selectors.practice_memberships_read(practices)
    return practices, None


@query_params(**FINDER_PARAMS)
def practices_csv(request):
    practices, error = _open_data_or_error(request)
    if error:
        return error
    return open_data.practices_csv(practices, selectors.ods_published_on())


@query_params(**FINDER_PARAMS)
def practices_json(request):
    practices, error = _open_data_or_error(request)
    if error:
        return error
    return open_data.practices_json(
        practices, ods_source_note(selectors.ods_import_run_latest()), selectors.ods_published_on()
    )


def pcn_list(request):
    return render(
        request,
        "ccgs/pcn_list.html",
        {"source_note": ods_source_note(selectors.ods_import_run_latest())},
    )


def pcn_page(request, code):
    pcn = selectors.pcn_get(code)
    if pcn is None:
        raise Http404("No primary care network has this ODS code.")
    return render(
        request,
        "ccgs/pcn.html",
        {
            "pcn": pcn,
            "ccg": pcn.ccg,
            "source_note": ods_source_note(selectors.ods_import_run_latest()),
        },
    )

"""Request guards that run before any view."""

from django.core.exceptions import BadRequest


class RejectNulCharactersMiddleware:
    """Answers 400 to a URL with a NUL character, which PostgreSQL cannot store or compare."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        query_values = (value for _, values in request.GET.lists() for value in values)
        if "\x00" in request.path or any("\x00" in value for value in query_values):
            raise BadRequest("The address contains a NUL character.")
        return self.get_response(request)

"""Settings of the governance app, with their defaults (override them in the project's settings)."""

from django.conf import settings

# Questions from the public: their askers' names and email addresses are erased this many days
# after the meeting (`erase_question_personal_data`); the privacy notice says six months.
QUESTION_RETENTION_DAYS = 183
# At most this many questions an hour from one address (counted in the cache, never stored).
QUESTIONS_PER_HOUR = 5


def question_retention_days():
    return int(getattr(settings, "GOVERNANCE_QUESTION_RETENTION_DAYS", QUESTION_RETENTION_DAYS))


def questions_per_hour():
    return int(getattr(settings, "GOVERNANCE_QUESTIONS_PER_HOUR", QUESTIONS_PER_HOUR))

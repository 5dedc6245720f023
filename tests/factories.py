"""Builders for test data, instead of fixture files."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

PASSWORD = "a-test-password-1"


def user_create(username, group_name=None, *, is_staff=True, is_superuser=False):
    user = get_user_model().objects.create_user(
        username=username, password=PASSWORD, is_staff=is_staff, is_superuser=is_superuser
    )
    if group_name:
        user.groups.add(Group.objects.get(name=group_name))
    return user

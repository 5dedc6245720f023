"""The account that seed content is published as."""

from django.contrib.auth import get_user_model

SEED_USERNAME = "seed-content"


def seed_user():
    """The seed account, created on first use; it cannot sign in."""
    user, created = get_user_model().objects.get_or_create(
        username=SEED_USERNAME,
        defaults={"first_name": "Seed", "last_name": "content", "is_active": False},
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    return user

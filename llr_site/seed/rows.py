"""How the seeder finds, reads, creates and updates a model row (see `seeder.py`)."""

from llr_site.seed.seeder import SeedKind


class RowKind(SeedKind):
    """Rows of `model`, found by the lookup in `item.identity`; the seed's values are fields."""

    def __init__(self, model):
        self.model = model

    def find(self, item):
        return self.model.objects.filter(**item.identity).first()

    def read(self, row, item):
        return {name: getattr(row, name) for name in item.values}

    def create(self, item):
        return self.model.objects.create(**{**item.values, **item.identity})

    def update(self, row, item):
        for name, value in item.values.items():
            setattr(row, name, value)
        row.save()

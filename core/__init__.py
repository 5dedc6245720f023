"""Small pieces every app shares and that know nothing of the CCGs: the URL converters for ids
and ODS codes, the visitor's address. Apps may import it; it imports no app."""

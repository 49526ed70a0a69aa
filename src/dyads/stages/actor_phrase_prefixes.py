"""Where a table phrase may still go on: the matchers build a phrase word by word from each
token and look up every length, longest first; a phrase whose first words start no listed
phrase need not be built any further.

A phrase is compared with hyphens read as spaces, as the name lookup also tries it spaced
("Jean-Bertrand Aristide" listed as "jean bertrand aristide"), so that whatever a lookup can
match still starts with words kept here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable


class PhrasePrefixes:
    """The proper word prefixes of a table's phrases ("united", "united nations" of "united
    nations security council")."""

    def __init__(self, phrases: Iterable[str], exempt: Callable[[str], bool] | None = None) -> None:
        self._prefixes: set[str] = set()
        for phrase in phrases:
            words = phrase.replace("-", " ").split(" ")
            for end in range(1, len(words)):
                self._prefixes.add(" ".join(words[:end]))
        # Phrases a lookup may also find under other words than their own (other spellings).
        self._exempt = exempt

    def goes_on(self, key: str) -> bool:
        """Whether some listed phrase may continue `key` after a space."""
        if key.replace("-", " ") in self._prefixes:
            return True
        return self._exempt is not None and self._exempt(key)

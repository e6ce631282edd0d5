from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="LocaleInfo")


@_attrs_define
class LocaleInfo:
    """The user's locale (`Locale`, e.g. `en-US`) and its natural-language name (`DisplayName`).

    Attributes:
        locale (str):
        display_name (str):
    """

    locale: str
    display_name: str

    def to_dict(self) -> dict[str, Any]:
        locale = self.locale

        display_name = self.display_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Locale": locale,
                "DisplayName": display_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        locale = d.pop("Locale")

        display_name = d.pop("DisplayName")

        locale_info = cls(
            locale=locale,
            display_name=display_name,
        )

        return locale_info

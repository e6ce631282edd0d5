from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="NewTaskFolder")


@_attrs_define
class NewTaskFolder:
    """A task folder to create. Unknown properties give 400 RequestBodyRead, read-only ones 400 ErrorInvalidProperty.
    OData annotations (`@…` keys) are accepted and ignored.

        Attributes:
            name (str): Display name.
    """

    name: str

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("Name")

        new_task_folder = cls(
            name=name,
        )

        return new_task_folder

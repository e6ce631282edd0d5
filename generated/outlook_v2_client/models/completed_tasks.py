from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.task import Task


T = TypeVar("T", bound="CompletedTasks")


@_attrs_define
class CompletedTasks:
    """Result of `complete`: the completed task, or for a recurring task with a next occurrence the completed
    occurrence (a new non-recurring task) followed by the original task moved to its next occurrence.

        Attributes:
            odata_context (str): Absolute `@odata.context` URL, e.g. `https://<host>/api/v2.0/$metadata#Me/Tasks/$entity`
                (`/api/beta/…` on the beta endpoint).
            value (list[Task]):
    """

    odata_context: str
    value: list[Task]

    def to_dict(self) -> dict[str, Any]:
        odata_context = self.odata_context

        value = []
        for value_item_data in self.value:
            value_item = value_item_data.to_dict()
            value.append(value_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "@odata.context": odata_context,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.task import Task

        d = dict(src_dict)
        odata_context = d.pop("@odata.context")

        value = []
        _value = d.pop("value")
        for value_item_data in _value:
            value_item = Task.from_dict(value_item_data)

            value.append(value_item)

        completed_tasks = cls(
            odata_context=odata_context,
            value=value,
        )

        return completed_tasks

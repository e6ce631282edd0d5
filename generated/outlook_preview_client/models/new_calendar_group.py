from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

T = TypeVar("T", bound="NewCalendarGroup")


@_attrs_define
class NewCalendarGroup:
    """A calendar group to create: `@odata.type` and `Name` (not empty, not only blanks) are required (missing:
    400 RequestBodyRead). Another known property gives 400 ErrorInvalidProperty, an unknown one
    400 RequestBodyRead. Other OData annotations (`@…` keys) are accepted and ignored.

        Attributes:
            odata_type (Literal['#Microsoft.Exchange.Services.OData.Model.CalendarGroup']):
            name (str): The name (empty or only blanks - 400 ErrorInvalidRequest).
    """

    odata_type: Literal["#Microsoft.Exchange.Services.OData.Model.CalendarGroup"]
    name: str

    def to_dict(self) -> dict[str, Any]:
        odata_type = self.odata_type

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "@odata.type": odata_type,
                "Name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        odata_type = cast(
            Literal["#Microsoft.Exchange.Services.OData.Model.CalendarGroup"],
            d.pop("@odata.type"),
        )
        if odata_type != "#Microsoft.Exchange.Services.OData.Model.CalendarGroup":
            raise ValueError(
                f"@odata.type must match const '#Microsoft.Exchange.Services.OData.Model.CalendarGroup', got '{odata_type}'"
            )

        name = d.pop("Name")

        new_calendar_group = cls(
            odata_type=odata_type,
            name=name,
        )

        return new_calendar_group

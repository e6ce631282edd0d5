from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PhysicalAddress")


@_attrs_define
class PhysicalAddress:
    """A postal address of a contact (the CSDL's `PhysicalAddress`), as returned. The mock returns all five members,
    `null` where not set; the v2.0 reference also shows an address with nothing set as `{}`, so none is required.

        Example:
            {'Street': '10 Contoso Way', 'City': 'Redmond', 'State': 'WA', 'CountryOrRegion': 'USA', 'PostalCode': '98075'}

        Attributes:
            street (None | str | Unset):
            city (None | str | Unset):
            state (None | str | Unset):
            country_or_region (None | str | Unset):
            postal_code (None | str | Unset):
    """

    street: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    country_or_region: None | str | Unset = UNSET
    postal_code: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        street: None | str | Unset
        if isinstance(self.street, Unset):
            street = UNSET
        else:
            street = self.street

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        country_or_region: None | str | Unset
        if isinstance(self.country_or_region, Unset):
            country_or_region = UNSET
        else:
            country_or_region = self.country_or_region

        postal_code: None | str | Unset
        if isinstance(self.postal_code, Unset):
            postal_code = UNSET
        else:
            postal_code = self.postal_code

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if street is not UNSET:
            field_dict["Street"] = street
        if city is not UNSET:
            field_dict["City"] = city
        if state is not UNSET:
            field_dict["State"] = state
        if country_or_region is not UNSET:
            field_dict["CountryOrRegion"] = country_or_region
        if postal_code is not UNSET:
            field_dict["PostalCode"] = postal_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_street(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        street = _parse_street(d.pop("Street", UNSET))

        def _parse_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        city = _parse_city(d.pop("City", UNSET))

        def _parse_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state = _parse_state(d.pop("State", UNSET))

        def _parse_country_or_region(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country_or_region = _parse_country_or_region(d.pop("CountryOrRegion", UNSET))

        def _parse_postal_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        postal_code = _parse_postal_code(d.pop("PostalCode", UNSET))

        physical_address = cls(
            street=street,
            city=city,
            state=state,
            country_or_region=country_or_region,
            postal_code=postal_code,
        )

        return physical_address

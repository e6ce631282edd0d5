from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.new_attached_contact_odata_type import (
    NewAttachedContactOdataType,
    check_new_attached_contact_odata_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_address_input import EmailAddressInput
    from ..models.followup_flag_input import FollowupFlagInput
    from ..models.multi_value_extended_property_input import (
        MultiValueExtendedPropertyInput,
    )
    from ..models.physical_address_input import PhysicalAddressInput
    from ..models.single_value_extended_property_input import (
        SingleValueExtendedPropertyInput,
    )


T = TypeVar("T", bound="NewAttachedContact")


@_attrs_define
class NewAttachedContact:
    """A contact to attach.

    Attributes:
        odata_type (NewAttachedContactOdataType):
        single_value_extended_properties (list[SingleValueExtendedPropertyInput] | Unset): Single-value extended
            properties to set on the item (a property that exists already gets the new value;
            properties not listed are left as they are). The response does not include them: read them back with
            `$expand=SingleValueExtendedProperties($filter=PropertyId eq '<id>')`.
        multi_value_extended_properties (list[MultiValueExtendedPropertyInput] | Unset): Multi-value extended properties
            to set on the item (a property that exists already gets the new values;
            properties not listed are left as they are). The response does not include them: read them back with
            `$expand=MultiValueExtendedProperties($filter=PropertyId eq '<id>')`.
        given_name (None | str | Unset):
        surname (None | str | Unset):
        display_name (None | str | Unset):
        middle_name (None | str | Unset):
        nick_name (None | str | Unset):
        initials (None | str | Unset):
        title (None | str | Unset):
        generation (None | str | Unset):
        file_as (None | str | Unset):
        job_title (None | str | Unset):
        company_name (None | str | Unset):
        department (None | str | Unset):
        office_location (None | str | Unset):
        profession (None | str | Unset):
        business_home_page (None | str | Unset):
        assistant_name (None | str | Unset):
        manager (None | str | Unset):
        mobile_phone_1 (None | str | Unset):
        spouse_name (None | str | Unset):
        personal_notes (None | str | Unset):
        yomi_given_name (None | str | Unset):
        yomi_surname (None | str | Unset):
        yomi_company_name (None | str | Unset):
        birthday (datetime.datetime | None | Unset): Birthday (a date-time with offset or `Z`); `null` clears it.
        email_addresses (list[EmailAddressInput] | Unset):
        business_phones (list[str] | Unset):
        home_phones (list[str] | Unset):
        im_addresses (list[str] | Unset):
        children (list[str] | Unset):
        categories (list[str] | Unset):
        home_address (None | PhysicalAddressInput | Unset): An address (`HomeAddress`, `BusinessAddress`,
            `OtherAddress`); it replaces the whole address (members left
            out become `null`), `null` clears it, the other two addresses are left as they are.
        business_address (None | PhysicalAddressInput | Unset): An address (`HomeAddress`, `BusinessAddress`,
            `OtherAddress`); it replaces the whole address (members left
            out become `null`), `null` clears it, the other two addresses are left as they are.
        other_address (None | PhysicalAddressInput | Unset): An address (`HomeAddress`, `BusinessAddress`,
            `OtherAddress`); it replaces the whole address (members left
            out become `null`), `null` clears it, the other two addresses are left as they are.
        flag (FollowupFlagInput | Unset): A message's or contact's follow-up flag, as sent (clients such as O365-Python
            send `{"FlagStatus": "NotFlagged"}` with
            every draft they save). The written flag replaces the stored one whole: members left out take their
            defaults (`FlagStatus` `NotFlagged`, dates null); `null` is not a flag (400 RequestBodyRead). Unknown
            members give 400 RequestBodyRead; OData annotations (`@…` keys) are accepted and ignored.
    """

    odata_type: NewAttachedContactOdataType
    single_value_extended_properties: list[SingleValueExtendedPropertyInput] | Unset = (
        UNSET
    )
    multi_value_extended_properties: list[MultiValueExtendedPropertyInput] | Unset = (
        UNSET
    )
    given_name: None | str | Unset = UNSET
    surname: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    middle_name: None | str | Unset = UNSET
    nick_name: None | str | Unset = UNSET
    initials: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    generation: None | str | Unset = UNSET
    file_as: None | str | Unset = UNSET
    job_title: None | str | Unset = UNSET
    company_name: None | str | Unset = UNSET
    department: None | str | Unset = UNSET
    office_location: None | str | Unset = UNSET
    profession: None | str | Unset = UNSET
    business_home_page: None | str | Unset = UNSET
    assistant_name: None | str | Unset = UNSET
    manager: None | str | Unset = UNSET
    mobile_phone_1: None | str | Unset = UNSET
    spouse_name: None | str | Unset = UNSET
    personal_notes: None | str | Unset = UNSET
    yomi_given_name: None | str | Unset = UNSET
    yomi_surname: None | str | Unset = UNSET
    yomi_company_name: None | str | Unset = UNSET
    birthday: datetime.datetime | None | Unset = UNSET
    email_addresses: list[EmailAddressInput] | Unset = UNSET
    business_phones: list[str] | Unset = UNSET
    home_phones: list[str] | Unset = UNSET
    im_addresses: list[str] | Unset = UNSET
    children: list[str] | Unset = UNSET
    categories: list[str] | Unset = UNSET
    home_address: None | PhysicalAddressInput | Unset = UNSET
    business_address: None | PhysicalAddressInput | Unset = UNSET
    other_address: None | PhysicalAddressInput | Unset = UNSET
    flag: FollowupFlagInput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.physical_address_input import PhysicalAddressInput

        odata_type: str = self.odata_type

        single_value_extended_properties: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.single_value_extended_properties, Unset):
            single_value_extended_properties = []
            for (
                single_value_extended_properties_item_data
            ) in self.single_value_extended_properties:
                single_value_extended_properties_item = (
                    single_value_extended_properties_item_data.to_dict()
                )
                single_value_extended_properties.append(
                    single_value_extended_properties_item
                )

        multi_value_extended_properties: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.multi_value_extended_properties, Unset):
            multi_value_extended_properties = []
            for (
                multi_value_extended_properties_item_data
            ) in self.multi_value_extended_properties:
                multi_value_extended_properties_item = (
                    multi_value_extended_properties_item_data.to_dict()
                )
                multi_value_extended_properties.append(
                    multi_value_extended_properties_item
                )

        given_name: None | str | Unset
        if isinstance(self.given_name, Unset):
            given_name = UNSET
        else:
            given_name = self.given_name

        surname: None | str | Unset
        if isinstance(self.surname, Unset):
            surname = UNSET
        else:
            surname = self.surname

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        middle_name: None | str | Unset
        if isinstance(self.middle_name, Unset):
            middle_name = UNSET
        else:
            middle_name = self.middle_name

        nick_name: None | str | Unset
        if isinstance(self.nick_name, Unset):
            nick_name = UNSET
        else:
            nick_name = self.nick_name

        initials: None | str | Unset
        if isinstance(self.initials, Unset):
            initials = UNSET
        else:
            initials = self.initials

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        generation: None | str | Unset
        if isinstance(self.generation, Unset):
            generation = UNSET
        else:
            generation = self.generation

        file_as: None | str | Unset
        if isinstance(self.file_as, Unset):
            file_as = UNSET
        else:
            file_as = self.file_as

        job_title: None | str | Unset
        if isinstance(self.job_title, Unset):
            job_title = UNSET
        else:
            job_title = self.job_title

        company_name: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        department: None | str | Unset
        if isinstance(self.department, Unset):
            department = UNSET
        else:
            department = self.department

        office_location: None | str | Unset
        if isinstance(self.office_location, Unset):
            office_location = UNSET
        else:
            office_location = self.office_location

        profession: None | str | Unset
        if isinstance(self.profession, Unset):
            profession = UNSET
        else:
            profession = self.profession

        business_home_page: None | str | Unset
        if isinstance(self.business_home_page, Unset):
            business_home_page = UNSET
        else:
            business_home_page = self.business_home_page

        assistant_name: None | str | Unset
        if isinstance(self.assistant_name, Unset):
            assistant_name = UNSET
        else:
            assistant_name = self.assistant_name

        manager: None | str | Unset
        if isinstance(self.manager, Unset):
            manager = UNSET
        else:
            manager = self.manager

        mobile_phone_1: None | str | Unset
        if isinstance(self.mobile_phone_1, Unset):
            mobile_phone_1 = UNSET
        else:
            mobile_phone_1 = self.mobile_phone_1

        spouse_name: None | str | Unset
        if isinstance(self.spouse_name, Unset):
            spouse_name = UNSET
        else:
            spouse_name = self.spouse_name

        personal_notes: None | str | Unset
        if isinstance(self.personal_notes, Unset):
            personal_notes = UNSET
        else:
            personal_notes = self.personal_notes

        yomi_given_name: None | str | Unset
        if isinstance(self.yomi_given_name, Unset):
            yomi_given_name = UNSET
        else:
            yomi_given_name = self.yomi_given_name

        yomi_surname: None | str | Unset
        if isinstance(self.yomi_surname, Unset):
            yomi_surname = UNSET
        else:
            yomi_surname = self.yomi_surname

        yomi_company_name: None | str | Unset
        if isinstance(self.yomi_company_name, Unset):
            yomi_company_name = UNSET
        else:
            yomi_company_name = self.yomi_company_name

        birthday: None | str | Unset
        if isinstance(self.birthday, Unset):
            birthday = UNSET
        elif isinstance(self.birthday, datetime.datetime):
            birthday = self.birthday.isoformat()
        else:
            birthday = self.birthday

        email_addresses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.email_addresses, Unset):
            email_addresses = []
            for email_addresses_item_data in self.email_addresses:
                email_addresses_item = email_addresses_item_data.to_dict()
                email_addresses.append(email_addresses_item)

        business_phones: list[str] | Unset = UNSET
        if not isinstance(self.business_phones, Unset):
            business_phones = self.business_phones

        home_phones: list[str] | Unset = UNSET
        if not isinstance(self.home_phones, Unset):
            home_phones = self.home_phones

        im_addresses: list[str] | Unset = UNSET
        if not isinstance(self.im_addresses, Unset):
            im_addresses = self.im_addresses

        children: list[str] | Unset = UNSET
        if not isinstance(self.children, Unset):
            children = self.children

        categories: list[str] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories

        home_address: dict[str, Any] | None | Unset
        if isinstance(self.home_address, Unset):
            home_address = UNSET
        elif isinstance(self.home_address, PhysicalAddressInput):
            home_address = self.home_address.to_dict()
        else:
            home_address = self.home_address

        business_address: dict[str, Any] | None | Unset
        if isinstance(self.business_address, Unset):
            business_address = UNSET
        elif isinstance(self.business_address, PhysicalAddressInput):
            business_address = self.business_address.to_dict()
        else:
            business_address = self.business_address

        other_address: dict[str, Any] | None | Unset
        if isinstance(self.other_address, Unset):
            other_address = UNSET
        elif isinstance(self.other_address, PhysicalAddressInput):
            other_address = self.other_address.to_dict()
        else:
            other_address = self.other_address

        flag: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flag, Unset):
            flag = self.flag.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "@odata.type": odata_type,
            }
        )
        if single_value_extended_properties is not UNSET:
            field_dict["SingleValueExtendedProperties"] = (
                single_value_extended_properties
            )
        if multi_value_extended_properties is not UNSET:
            field_dict["MultiValueExtendedProperties"] = multi_value_extended_properties
        if given_name is not UNSET:
            field_dict["GivenName"] = given_name
        if surname is not UNSET:
            field_dict["Surname"] = surname
        if display_name is not UNSET:
            field_dict["DisplayName"] = display_name
        if middle_name is not UNSET:
            field_dict["MiddleName"] = middle_name
        if nick_name is not UNSET:
            field_dict["NickName"] = nick_name
        if initials is not UNSET:
            field_dict["Initials"] = initials
        if title is not UNSET:
            field_dict["Title"] = title
        if generation is not UNSET:
            field_dict["Generation"] = generation
        if file_as is not UNSET:
            field_dict["FileAs"] = file_as
        if job_title is not UNSET:
            field_dict["JobTitle"] = job_title
        if company_name is not UNSET:
            field_dict["CompanyName"] = company_name
        if department is not UNSET:
            field_dict["Department"] = department
        if office_location is not UNSET:
            field_dict["OfficeLocation"] = office_location
        if profession is not UNSET:
            field_dict["Profession"] = profession
        if business_home_page is not UNSET:
            field_dict["BusinessHomePage"] = business_home_page
        if assistant_name is not UNSET:
            field_dict["AssistantName"] = assistant_name
        if manager is not UNSET:
            field_dict["Manager"] = manager
        if mobile_phone_1 is not UNSET:
            field_dict["MobilePhone1"] = mobile_phone_1
        if spouse_name is not UNSET:
            field_dict["SpouseName"] = spouse_name
        if personal_notes is not UNSET:
            field_dict["PersonalNotes"] = personal_notes
        if yomi_given_name is not UNSET:
            field_dict["YomiGivenName"] = yomi_given_name
        if yomi_surname is not UNSET:
            field_dict["YomiSurname"] = yomi_surname
        if yomi_company_name is not UNSET:
            field_dict["YomiCompanyName"] = yomi_company_name
        if birthday is not UNSET:
            field_dict["Birthday"] = birthday
        if email_addresses is not UNSET:
            field_dict["EmailAddresses"] = email_addresses
        if business_phones is not UNSET:
            field_dict["BusinessPhones"] = business_phones
        if home_phones is not UNSET:
            field_dict["HomePhones"] = home_phones
        if im_addresses is not UNSET:
            field_dict["ImAddresses"] = im_addresses
        if children is not UNSET:
            field_dict["Children"] = children
        if categories is not UNSET:
            field_dict["Categories"] = categories
        if home_address is not UNSET:
            field_dict["HomeAddress"] = home_address
        if business_address is not UNSET:
            field_dict["BusinessAddress"] = business_address
        if other_address is not UNSET:
            field_dict["OtherAddress"] = other_address
        if flag is not UNSET:
            field_dict["Flag"] = flag

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.email_address_input import EmailAddressInput
        from ..models.followup_flag_input import FollowupFlagInput
        from ..models.multi_value_extended_property_input import (
            MultiValueExtendedPropertyInput,
        )
        from ..models.physical_address_input import PhysicalAddressInput
        from ..models.single_value_extended_property_input import (
            SingleValueExtendedPropertyInput,
        )

        d = dict(src_dict)
        odata_type = check_new_attached_contact_odata_type(d.pop("@odata.type"))

        _single_value_extended_properties = d.pop(
            "SingleValueExtendedProperties", UNSET
        )
        single_value_extended_properties: (
            list[SingleValueExtendedPropertyInput] | Unset
        ) = UNSET
        if _single_value_extended_properties is not UNSET:
            single_value_extended_properties = []
            for (
                single_value_extended_properties_item_data
            ) in _single_value_extended_properties:
                single_value_extended_properties_item = (
                    SingleValueExtendedPropertyInput.from_dict(
                        single_value_extended_properties_item_data
                    )
                )

                single_value_extended_properties.append(
                    single_value_extended_properties_item
                )

        _multi_value_extended_properties = d.pop("MultiValueExtendedProperties", UNSET)
        multi_value_extended_properties: (
            list[MultiValueExtendedPropertyInput] | Unset
        ) = UNSET
        if _multi_value_extended_properties is not UNSET:
            multi_value_extended_properties = []
            for (
                multi_value_extended_properties_item_data
            ) in _multi_value_extended_properties:
                multi_value_extended_properties_item = (
                    MultiValueExtendedPropertyInput.from_dict(
                        multi_value_extended_properties_item_data
                    )
                )

                multi_value_extended_properties.append(
                    multi_value_extended_properties_item
                )

        def _parse_given_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        given_name = _parse_given_name(d.pop("GivenName", UNSET))

        def _parse_surname(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        surname = _parse_surname(d.pop("Surname", UNSET))

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("DisplayName", UNSET))

        def _parse_middle_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        middle_name = _parse_middle_name(d.pop("MiddleName", UNSET))

        def _parse_nick_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        nick_name = _parse_nick_name(d.pop("NickName", UNSET))

        def _parse_initials(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        initials = _parse_initials(d.pop("Initials", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("Title", UNSET))

        def _parse_generation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        generation = _parse_generation(d.pop("Generation", UNSET))

        def _parse_file_as(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_as = _parse_file_as(d.pop("FileAs", UNSET))

        def _parse_job_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        job_title = _parse_job_title(d.pop("JobTitle", UNSET))

        def _parse_company_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_name = _parse_company_name(d.pop("CompanyName", UNSET))

        def _parse_department(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        department = _parse_department(d.pop("Department", UNSET))

        def _parse_office_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        office_location = _parse_office_location(d.pop("OfficeLocation", UNSET))

        def _parse_profession(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        profession = _parse_profession(d.pop("Profession", UNSET))

        def _parse_business_home_page(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        business_home_page = _parse_business_home_page(d.pop("BusinessHomePage", UNSET))

        def _parse_assistant_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        assistant_name = _parse_assistant_name(d.pop("AssistantName", UNSET))

        def _parse_manager(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        manager = _parse_manager(d.pop("Manager", UNSET))

        def _parse_mobile_phone_1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mobile_phone_1 = _parse_mobile_phone_1(d.pop("MobilePhone1", UNSET))

        def _parse_spouse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        spouse_name = _parse_spouse_name(d.pop("SpouseName", UNSET))

        def _parse_personal_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        personal_notes = _parse_personal_notes(d.pop("PersonalNotes", UNSET))

        def _parse_yomi_given_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        yomi_given_name = _parse_yomi_given_name(d.pop("YomiGivenName", UNSET))

        def _parse_yomi_surname(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        yomi_surname = _parse_yomi_surname(d.pop("YomiSurname", UNSET))

        def _parse_yomi_company_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        yomi_company_name = _parse_yomi_company_name(d.pop("YomiCompanyName", UNSET))

        def _parse_birthday(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                birthday_type_0 = datetime.datetime.fromisoformat(data)

                return birthday_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        birthday = _parse_birthday(d.pop("Birthday", UNSET))

        _email_addresses = d.pop("EmailAddresses", UNSET)
        email_addresses: list[EmailAddressInput] | Unset = UNSET
        if _email_addresses is not UNSET:
            email_addresses = []
            for email_addresses_item_data in _email_addresses:
                email_addresses_item = EmailAddressInput.from_dict(
                    email_addresses_item_data
                )

                email_addresses.append(email_addresses_item)

        business_phones = cast(list[str], d.pop("BusinessPhones", UNSET))

        home_phones = cast(list[str], d.pop("HomePhones", UNSET))

        im_addresses = cast(list[str], d.pop("ImAddresses", UNSET))

        children = cast(list[str], d.pop("Children", UNSET))

        categories = cast(list[str], d.pop("Categories", UNSET))

        def _parse_home_address(data: object) -> None | PhysicalAddressInput | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                home_address_type_0 = PhysicalAddressInput.from_dict(data)

                return home_address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PhysicalAddressInput | Unset, data)

        home_address = _parse_home_address(d.pop("HomeAddress", UNSET))

        def _parse_business_address(
            data: object,
        ) -> None | PhysicalAddressInput | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                business_address_type_0 = PhysicalAddressInput.from_dict(data)

                return business_address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PhysicalAddressInput | Unset, data)

        business_address = _parse_business_address(d.pop("BusinessAddress", UNSET))

        def _parse_other_address(data: object) -> None | PhysicalAddressInput | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                other_address_type_0 = PhysicalAddressInput.from_dict(data)

                return other_address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PhysicalAddressInput | Unset, data)

        other_address = _parse_other_address(d.pop("OtherAddress", UNSET))

        _flag = d.pop("Flag", UNSET)
        flag: FollowupFlagInput | Unset
        if isinstance(_flag, Unset):
            flag = UNSET
        else:
            flag = FollowupFlagInput.from_dict(_flag)

        new_attached_contact = cls(
            odata_type=odata_type,
            single_value_extended_properties=single_value_extended_properties,
            multi_value_extended_properties=multi_value_extended_properties,
            given_name=given_name,
            surname=surname,
            display_name=display_name,
            middle_name=middle_name,
            nick_name=nick_name,
            initials=initials,
            title=title,
            generation=generation,
            file_as=file_as,
            job_title=job_title,
            company_name=company_name,
            department=department,
            office_location=office_location,
            profession=profession,
            business_home_page=business_home_page,
            assistant_name=assistant_name,
            manager=manager,
            mobile_phone_1=mobile_phone_1,
            spouse_name=spouse_name,
            personal_notes=personal_notes,
            yomi_given_name=yomi_given_name,
            yomi_surname=yomi_surname,
            yomi_company_name=yomi_company_name,
            birthday=birthday,
            email_addresses=email_addresses,
            business_phones=business_phones,
            home_phones=home_phones,
            im_addresses=im_addresses,
            children=children,
            categories=categories,
            home_address=home_address,
            business_address=business_address,
            other_address=other_address,
            flag=flag,
        )

        new_attached_contact.additional_properties = d
        return new_attached_contact

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

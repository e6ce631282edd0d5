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

from ..models.boolean_string import BooleanString, check_boolean_string
from ..models.reference_attachment_permission import (
    ReferenceAttachmentPermission,
    check_reference_attachment_permission,
)
from ..models.reference_attachment_provider_input import (
    ReferenceAttachmentProviderInput,
    check_reference_attachment_provider_input,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="NewReferenceAttachment")


@_attrs_define
class NewReferenceAttachment:
    """A link to a file or folder: `@odata.type`, `Name` and `SourceUrl` are required; set `IsFolder` to true when
    `SourceUrl` is a folder. Unknown properties give 400 RequestBodyRead. Other OData annotations (`@…` keys)
    are accepted and ignored.

        Attributes:
            odata_type (Literal['#Microsoft.OutlookServices.ReferenceAttachment']):
            name (str): Display name of the attachment.
            source_url (str): URL to get the attachment's content.
            provider_type (ReferenceAttachmentProviderInput | Unset): Provider of a reference attachment's file, as sent in
                requests. Matched case-insensitively; besides the
                canonical PascalCase values the camelCase spellings are listed because Microsoft's own example sends
                `oneDriveBusiness`. Responses use the canonical value.
            permission (ReferenceAttachmentPermission | Unset): Permission granted for the linked file. Request values are
                matched case-insensitively.
            is_folder (bool | BooleanString | Unset): True when `SourceUrl` links to a folder. Booleans and the strings
                `True`, `False`, `true`, `false`
                are accepted; Microsoft's example sends `"False"`.
            thumbnail_url (None | str | Unset):
            preview_url (None | str | Unset):
            is_inline (bool | Unset):
    """

    odata_type: Literal["#Microsoft.OutlookServices.ReferenceAttachment"]
    name: str
    source_url: str
    provider_type: ReferenceAttachmentProviderInput | Unset = UNSET
    permission: ReferenceAttachmentPermission | Unset = UNSET
    is_folder: bool | BooleanString | Unset = UNSET
    thumbnail_url: None | str | Unset = UNSET
    preview_url: None | str | Unset = UNSET
    is_inline: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        odata_type = self.odata_type

        name = self.name

        source_url = self.source_url

        provider_type: str | Unset = UNSET
        if not isinstance(self.provider_type, Unset):
            provider_type = self.provider_type

        permission: str | Unset = UNSET
        if not isinstance(self.permission, Unset):
            permission = self.permission

        is_folder: bool | str | Unset
        if isinstance(self.is_folder, Unset):
            is_folder = UNSET
        elif isinstance(self.is_folder, str):
            is_folder = self.is_folder
        else:
            is_folder = self.is_folder

        thumbnail_url: None | str | Unset
        if isinstance(self.thumbnail_url, Unset):
            thumbnail_url = UNSET
        else:
            thumbnail_url = self.thumbnail_url

        preview_url: None | str | Unset
        if isinstance(self.preview_url, Unset):
            preview_url = UNSET
        else:
            preview_url = self.preview_url

        is_inline = self.is_inline

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "@odata.type": odata_type,
                "Name": name,
                "SourceUrl": source_url,
            }
        )
        if provider_type is not UNSET:
            field_dict["ProviderType"] = provider_type
        if permission is not UNSET:
            field_dict["Permission"] = permission
        if is_folder is not UNSET:
            field_dict["IsFolder"] = is_folder
        if thumbnail_url is not UNSET:
            field_dict["ThumbnailUrl"] = thumbnail_url
        if preview_url is not UNSET:
            field_dict["PreviewUrl"] = preview_url
        if is_inline is not UNSET:
            field_dict["IsInline"] = is_inline

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        odata_type = cast(
            Literal["#Microsoft.OutlookServices.ReferenceAttachment"],
            d.pop("@odata.type"),
        )
        if odata_type != "#Microsoft.OutlookServices.ReferenceAttachment":
            raise ValueError(
                f"@odata.type must match const '#Microsoft.OutlookServices.ReferenceAttachment', got '{odata_type}'"
            )

        name = d.pop("Name")

        source_url = d.pop("SourceUrl")

        _provider_type = d.pop("ProviderType", UNSET)
        provider_type: ReferenceAttachmentProviderInput | Unset
        if isinstance(_provider_type, Unset):
            provider_type = UNSET
        else:
            provider_type = check_reference_attachment_provider_input(_provider_type)

        _permission = d.pop("Permission", UNSET)
        permission: ReferenceAttachmentPermission | Unset
        if isinstance(_permission, Unset):
            permission = UNSET
        else:
            permission = check_reference_attachment_permission(_permission)

        def _parse_is_folder(data: object) -> bool | BooleanString | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                is_folder_type_1 = check_boolean_string(data)

                return is_folder_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | BooleanString | Unset, data)

        is_folder = _parse_is_folder(d.pop("IsFolder", UNSET))

        def _parse_thumbnail_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        thumbnail_url = _parse_thumbnail_url(d.pop("ThumbnailUrl", UNSET))

        def _parse_preview_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        preview_url = _parse_preview_url(d.pop("PreviewUrl", UNSET))

        is_inline = d.pop("IsInline", UNSET)

        new_reference_attachment = cls(
            odata_type=odata_type,
            name=name,
            source_url=source_url,
            provider_type=provider_type,
            permission=permission,
            is_folder=is_folder,
            thumbnail_url=thumbnail_url,
            preview_url=preview_url,
            is_inline=is_inline,
        )

        return new_reference_attachment

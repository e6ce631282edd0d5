from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..models.reference_attachment_permission import (
    ReferenceAttachmentPermission,
    check_reference_attachment_permission,
)
from ..models.reference_attachment_provider import (
    ReferenceAttachmentProvider,
    check_reference_attachment_provider,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReferenceAttachment")


@_attrs_define
class ReferenceAttachment:
    """A link to a file or folder attached to a task. `@odata.type`, `@odata.id` and `Id` are always present.

    Attributes:
        odata_id (str): Absolute URL of the attachment (under its task, event or message), built from the request's
            host.
        id (str): Opaque attachment id (base64; may contain `/`, `+`, `=`).
        odata_type (Literal['#Microsoft.OutlookServices.ReferenceAttachment']):
        odata_context (str | Unset): Absolute `@odata.context` URL, e.g.
            `https://<host>/api/v2.0/$metadata#Me/Tasks/$entity`
            (`/api/beta/…` on the beta endpoint).
        last_modified_date_time (datetime.datetime | Unset): Timestamp with offset: UTC with `Z` by default, or with the
            offset of the zone named in
            `Prefer: outlook.timezone`; at most 7 fractional digits.
        name (str | Unset): Display name of the attachment (need not be a file name).
        content_type (None | str | Unset): MIME type of the attachment.
        size (int | Unset): Size of the attachment in bytes.
        is_inline (bool | Unset): True for an inline attachment.
        source_url (str | Unset): URL to get the attachment's content.
        provider_type (ReferenceAttachmentProvider | Unset): Provider of a reference attachment's file.
        thumbnail_url (None | str | Unset): URL of a thumbnail image (image files only).
        preview_url (None | str | Unset): URL of a preview image (image files only).
        permission (ReferenceAttachmentPermission | Unset): Permission granted for the linked file. Request values are
            matched case-insensitively.
        is_folder (bool | Unset): True when `SourceUrl` links to a folder.
    """

    odata_id: str
    id: str
    odata_type: Literal["#Microsoft.OutlookServices.ReferenceAttachment"]
    odata_context: str | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    name: str | Unset = UNSET
    content_type: None | str | Unset = UNSET
    size: int | Unset = UNSET
    is_inline: bool | Unset = UNSET
    source_url: str | Unset = UNSET
    provider_type: ReferenceAttachmentProvider | Unset = UNSET
    thumbnail_url: None | str | Unset = UNSET
    preview_url: None | str | Unset = UNSET
    permission: ReferenceAttachmentPermission | Unset = UNSET
    is_folder: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        odata_id = self.odata_id

        id = self.id

        odata_type = self.odata_type

        odata_context = self.odata_context

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = self.last_modified_date_time.isoformat()

        name = self.name

        content_type: None | str | Unset
        if isinstance(self.content_type, Unset):
            content_type = UNSET
        else:
            content_type = self.content_type

        size = self.size

        is_inline = self.is_inline

        source_url = self.source_url

        provider_type: str | Unset = UNSET
        if not isinstance(self.provider_type, Unset):
            provider_type = self.provider_type

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

        permission: str | Unset = UNSET
        if not isinstance(self.permission, Unset):
            permission = self.permission

        is_folder = self.is_folder

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "@odata.id": odata_id,
                "Id": id,
                "@odata.type": odata_type,
            }
        )
        if odata_context is not UNSET:
            field_dict["@odata.context"] = odata_context
        if last_modified_date_time is not UNSET:
            field_dict["LastModifiedDateTime"] = last_modified_date_time
        if name is not UNSET:
            field_dict["Name"] = name
        if content_type is not UNSET:
            field_dict["ContentType"] = content_type
        if size is not UNSET:
            field_dict["Size"] = size
        if is_inline is not UNSET:
            field_dict["IsInline"] = is_inline
        if source_url is not UNSET:
            field_dict["SourceUrl"] = source_url
        if provider_type is not UNSET:
            field_dict["ProviderType"] = provider_type
        if thumbnail_url is not UNSET:
            field_dict["ThumbnailUrl"] = thumbnail_url
        if preview_url is not UNSET:
            field_dict["PreviewUrl"] = preview_url
        if permission is not UNSET:
            field_dict["Permission"] = permission
        if is_folder is not UNSET:
            field_dict["IsFolder"] = is_folder

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        odata_id = d.pop("@odata.id")

        id = d.pop("Id")

        odata_type = cast(
            Literal["#Microsoft.OutlookServices.ReferenceAttachment"],
            d.pop("@odata.type"),
        )
        if odata_type != "#Microsoft.OutlookServices.ReferenceAttachment":
            raise ValueError(
                f"@odata.type must match const '#Microsoft.OutlookServices.ReferenceAttachment', got '{odata_type}'"
            )

        odata_context = d.pop("@odata.context", UNSET)

        _last_modified_date_time = d.pop("LastModifiedDateTime", UNSET)
        last_modified_date_time: datetime.datetime | Unset
        if isinstance(_last_modified_date_time, Unset):
            last_modified_date_time = UNSET
        else:
            last_modified_date_time = datetime.datetime.fromisoformat(
                _last_modified_date_time
            )

        name = d.pop("Name", UNSET)

        def _parse_content_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content_type = _parse_content_type(d.pop("ContentType", UNSET))

        size = d.pop("Size", UNSET)

        is_inline = d.pop("IsInline", UNSET)

        source_url = d.pop("SourceUrl", UNSET)

        _provider_type = d.pop("ProviderType", UNSET)
        provider_type: ReferenceAttachmentProvider | Unset
        if isinstance(_provider_type, Unset):
            provider_type = UNSET
        else:
            provider_type = check_reference_attachment_provider(_provider_type)

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

        _permission = d.pop("Permission", UNSET)
        permission: ReferenceAttachmentPermission | Unset
        if isinstance(_permission, Unset):
            permission = UNSET
        else:
            permission = check_reference_attachment_permission(_permission)

        is_folder = d.pop("IsFolder", UNSET)

        reference_attachment = cls(
            odata_id=odata_id,
            id=id,
            odata_type=odata_type,
            odata_context=odata_context,
            last_modified_date_time=last_modified_date_time,
            name=name,
            content_type=content_type,
            size=size,
            is_inline=is_inline,
            source_url=source_url,
            provider_type=provider_type,
            thumbnail_url=thumbnail_url,
            preview_url=preview_url,
            permission=permission,
            is_folder=is_folder,
        )

        return reference_attachment

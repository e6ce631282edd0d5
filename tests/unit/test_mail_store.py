"""The mail store: well-known folders, drafts, counts, BodyPreview, ChangeKey (no HTTP)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from outlook_mock.errors import ErrorDeleteDistinguishedFolder, ErrorFolderNotFound, ErrorInvalidRequest
from outlook_mock.ids import new_id
from outlook_mock.store.changes import Sequence
from outlook_mock.store.mail import MailStore, preview
from outlook_mock.store.values import (
    BodyType,
    FollowupFlag,
    FollowupFlagStatus,
    ItemBody,
    LocalDateTime,
    ZonedInstant,
)


@pytest.fixture
def store() -> MailStore:
    return MailStore("Administrator", Sequence())


def test_well_known_folders_by_name_in_any_case(store: MailStore) -> None:
    names = {f.display_name for f in store.list_folders()}
    assert names == {"Inbox", "Drafts", "Sent Items", "Deleted Items"}
    assert store.get_folder("sentitems") is store.get_folder("SENTITEMS") is store.get_folder("SentItems")


def test_well_known_folders_are_protected(store: MailStore) -> None:
    with pytest.raises(ErrorDeleteDistinguishedFolder):
        store.delete_folder("Inbox")
    with pytest.raises(ErrorInvalidRequest):
        store.update_folder("Drafts", "Entwürfe")
    assert store.update_folder("Drafts", "Drafts").display_name == "Drafts"  # unchanged name is no rename


def test_drafts_counts_and_cascading_delete(store: MailStore) -> None:
    message = store.create_message({"subject": "hi"})
    drafts = store.get_folder("Drafts")
    assert message.folder_id == drafts.id and message.is_draft
    parent = store.create_folder("Projects")
    child = store.create_folder("Contoso", parent.id)
    store.create_message({"is_read": False}, child.id)
    assert (store.child_folder_count(parent), store.total_item_count(child), store.unread_item_count(child)) == (
        1,
        1,
        1,
    )
    store.delete_folder(parent.id)
    with pytest.raises(ErrorFolderNotFound):
        store.get_folder(child.id)
    assert list(store.messages) == [message.id]
    with pytest.raises(ErrorFolderNotFound):
        store.get_folder(new_id("mailfolder"))


def test_changekey_and_preview_follow_writes(store: MailStore) -> None:
    message = store.create_message({"body": ItemBody(BodyType.HTML, "<p>Hello&nbsp;<b>world</b></p>")})
    assert message.body_preview == "Hello world"
    updated = store.update_message(message.id, {"body": ItemBody(BodyType.TEXT, "x" * 300)})
    assert updated.change_key != message.change_key and updated.body_preview == "x" * 255


def test_preview_drops_style_and_collapses_blanks() -> None:
    html = "<html><head><style>p {margin:0}</style></head><body>\r\n<p>A\r\n  B</p></body></html>"
    assert preview(ItemBody(BodyType.HTML, html)) == "A B"


def test_flag_defaults_to_not_flagged_and_is_replaced_whole(store: MailStore) -> None:
    message = store.create_message({"subject": "hi"})
    assert message.flag == FollowupFlag()
    due = LocalDateTime(datetime(2016, 5, 3, 9, 0), "Pacific Standard Time")
    flagged = store.update_message(message.id, {"flag": {"status": FollowupFlagStatus.FLAGGED, "due": due}})
    assert flagged.flag.status is FollowupFlagStatus.FLAGGED and flagged.flag.start is None
    assert flagged.flag.due == ZonedInstant(datetime(2016, 5, 3, 16, 0, tzinfo=UTC), "Pacific Standard Time")
    # A flag written without dates has none: the whole flag is replaced, not merged.
    plain = store.update_message(message.id, {"flag": {"status": FollowupFlagStatus.COMPLETE}})
    assert plain.flag == FollowupFlag(FollowupFlagStatus.COMPLETE)
    assert store.update_message(message.id, {"flag": {}}).flag == FollowupFlag()

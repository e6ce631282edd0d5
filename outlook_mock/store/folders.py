"""The folder tree of the mail store and of the contacts store; what differs is their ``FolderRules``.

Rules that live here: the top-level folders hang below a root that is never
listed; the well-known folders are reachable by their well-known names
(case-insensitively) and cannot be deleted or renamed (the name a folder has is
no rename; extended properties stay writable); a DisplayName must not be empty;
a folder's ChildFolderCount follows its child folders; deleting a folder
deletes its child folders and the items filed in them. A folder moves (keeping
its Id, its child folders and items) or is copied (a new folder with copies of
its child folders and items) under another folder; a well-known folder cannot be
moved (400 ErrorMoveDistinguishedFolder), and no folder can go into itself or a
folder below it (400 ErrorMoveCopyFailed). ``_copy_item`` is the store's: how
it copies one of its items into a folder.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from ..errors import (
    ErrorDeleteDistinguishedFolder,
    ErrorFolderNotFound,
    ErrorInvalidRequest,
    ErrorMoveCopyFailed,
    ErrorMoveDistinguishedFolder,
)
from ..faults import broken
from ..ids import check_id, new_id
from .extended_properties import ExtendedChanges, ExtendedProperties
from .indexes import ItemTable, Tracked

__all__ = ["Folder", "FolderRules", "FolderTree"]


@dataclass
class Folder(Tracked):
    id: str
    display_name: str
    parent_id: str
    well_known: str | None = None
    extended: ExtendedProperties = field(default_factory=ExtendedProperties.none)


@dataclass(frozen=True)
class FolderRules:
    id_kind: str  # of new_id
    well_known: Mapping[str, str]  # well-known name (as a client writes it in a URL) -> DisplayName
    protected_as: str  # what a refusal calls a well-known folder: "well-known", "default"
    # The planted faults of four rules: well-known names as ids, no rename, no delete, extended properties stored.
    no_well_known_fault: str
    rename_fault: str
    delete_fault: str
    extended_dropped_fault: str


class FolderTree:
    """The folders of a store and the items it files in them (by ``folder_id``): the base of the two stores."""

    def __init__(self, rules: FolderRules, items: ItemTable, changes: Callable[[], int] | None = None) -> None:
        self._rules = rules
        self._items = items  # filed by ``folder_id``
        self.root_id = new_id(rules.id_kind)  # the folder above the top-level folders (never listed)
        # Hierarchy sync: every folder, whatever its parent, in one flat change log.
        self.folders: ItemTable = ItemTable(container="parent_id", changes=changes, log_all=True)
        self.well_known: dict[str, Folder] = {}  # by lower-case well-known name
        for name, display_name in rules.well_known.items():
            folder = Folder(new_id(rules.id_kind), display_name, self.root_id, well_known=name)
            self.folders[folder.id] = folder
            self.well_known[name.lower()] = folder

    def list_folders(self, parent_id: str | None = None) -> list[Folder]:
        """The top-level folders, or the child folders of ``parent_id``."""
        return list(self.folders.members(self.folder_container(parent_id)))

    def folder_container(self, parent_id: str | None = None) -> str:
        """Where ``self.folders`` files the child folders of ``parent_id`` (None: the top-level folders)."""
        return self.root_id if parent_id is None else self.get_folder(parent_id).id

    def get_folder(self, folder_id: str) -> Folder:
        folder = self.well_known.get(folder_id.lower())
        if folder is not None and not broken(self._rules.no_well_known_fault):
            return folder
        folder = self.folders.get(check_id(folder_id))
        if folder is None:
            raise ErrorFolderNotFound("The specified folder could not be found in the store.")
        return folder

    def create_folder(
        self, display_name: str, parent_id: str | None = None, extended: ExtendedChanges | None = None
    ) -> Folder:
        parent = self.root_id if parent_id is None else self.get_folder(parent_id).id
        props = self._extended(ExtendedProperties(), extended)
        folder = Folder(new_id(self._rules.id_kind), _require_name(display_name), parent, extended=props)
        self.folders[folder.id] = folder
        return folder

    def update_folder(
        self, folder_id: str, display_name: str | None, extended: ExtendedChanges | None = None
    ) -> Folder:
        folder = self.get_folder(folder_id)
        props = self._extended(folder.extended, extended)
        if display_name is not None and display_name != folder.display_name:
            if folder.well_known and not broken(self._rules.rename_fault):
                raise ErrorInvalidRequest(
                    f"The DisplayName of the {self._rules.protected_as} folder '{folder.well_known}' cannot be changed."
                )
            folder.display_name = _require_name(display_name)
        folder.extended = props
        return folder

    def delete_folder(self, folder_id: str) -> None:
        folder = self.get_folder(folder_id)
        if folder.well_known and not broken(self._rules.delete_fault):
            raise ErrorDeleteDistinguishedFolder(
                f"The {self._rules.protected_as} folder '{folder.well_known}' cannot be deleted."
            )
        self._remove_folder(folder)

    def move_folder(self, folder_id: str, destination_id: str) -> Folder:
        """Move a folder (with everything in it) under another folder; it keeps its Id."""
        folder = self.get_folder(folder_id)
        destination = self.get_folder(destination_id)
        if folder.well_known and not broken("allow_move_wellknown_mail_folder"):
            raise ErrorMoveDistinguishedFolder(
                f"The {self._rules.protected_as} folder '{folder.well_known}' cannot be moved."
            )
        self._require_outside(folder, destination)
        folder.parent_id = destination.id
        return folder

    def copy_folder(self, folder_id: str, destination_id: str) -> Folder:
        """A copy of a folder under another folder: a new folder with copies of its child folders and items."""
        folder = self.get_folder(folder_id)
        destination = self.get_folder(destination_id)
        self._require_outside(folder, destination)
        return self._copy_tree(folder, destination.id)

    def _copy_tree(self, folder: Folder, parent_id: str) -> Folder:
        copy = Folder(new_id(self._rules.id_kind), folder.display_name, parent_id, extended=folder.extended)
        children, items = list(self.folders.members(folder.id)), list(self._items.members(folder.id))
        self.folders[copy.id] = copy
        if broken("copied_mail_folder_empty"):
            return copy
        for item in items:
            self._copy_item(item, copy.id)
        for child in children:
            self._copy_tree(child, copy.id)
        return copy

    def _copy_item(self, item: object, folder_id: str) -> None:
        raise NotImplementedError  # the store's (MailStore copies messages)

    def _require_outside(self, folder: Folder, destination: Folder) -> None:
        """``destination`` must not be ``folder`` or below it (walks up the destination's ancestors)."""
        at: Folder | None = destination
        while at is not None:
            if at.id == folder.id:
                raise ErrorMoveCopyFailed("A folder cannot be moved or copied into itself or one of its subfolders.")
            at = self.folders.get(at.parent_id)

    def child_folder_count(self, folder: Folder) -> int:
        return self.folders.count(folder.id)

    def _extended(self, props: ExtendedProperties, changes: ExtendedChanges | None) -> ExtendedProperties:
        if not changes or broken(self._rules.extended_dropped_fault):
            return props
        return props.with_changes(*changes)

    def _remove_folder(self, folder: Folder) -> None:
        for child in list(self.folders.members(folder.id)):
            self._remove_folder(child)
        for item in list(self._items.members(folder.id)):
            del self._items[item.id]
        self._items.forget_changes(folder.id)
        del self.folders[folder.id]


def _require_name(name: str) -> str:
    if not name or not name.strip():
        raise ErrorInvalidRequest("The DisplayName property must not be empty.")
    return name

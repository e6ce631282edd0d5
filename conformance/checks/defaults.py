"""The default task folder and group (seed 000: 任务文件夹, 任务组)."""

from __future__ import annotations

from ..api import Api, expect_error, key, ok
from . import rule

DEFAULT_GROUP_KEY = "0006f0b7-0000-0000-c000-000000000046"


def default_folder(api: Api) -> dict:
    folders = [f for f in ok(api.get("me/taskfolders", params={"$top": "1000"}))["value"] if f["IsDefaultFolder"]]
    assert len(folders) == 1, f"expected exactly one default folder, got {folders}"
    return folders[0]


def default_group(api: Api) -> dict:
    groups = [g for g in ok(api.get("me/taskgroups", params={"$top": "1000"}))["value"] if g["IsDefaultGroup"]]
    assert len(groups) == 1, f"expected exactly one default group, got {groups}"
    return groups[0]


@rule("defaults.tasks_in_my_tasks", "default_group_key_random")
def defaults_exist(api: Api) -> None:
    """Every mailbox has the default folder Tasks in the default group My Tasks."""
    folder, group = default_folder(api), default_group(api)
    assert folder["Name"] == "Tasks" and folder["ParentGroupKey"] == DEFAULT_GROUP_KEY
    assert group["Name"] == "My Tasks" and group["GroupKey"] == DEFAULT_GROUP_KEY
    in_group = ok(api.get(f"me/taskgroups('{key(group['Id'])}')/taskfolders"))["value"]
    assert folder["Id"] in [f["Id"] for f in in_group]


@rule("defaults.well_known_tasks_folder", "no_wellknown_tasks_folder")
def well_known_name(api: Api) -> None:
    """The well-known name Tasks works as a folder id; tasks created without a folder land there."""
    folder = default_folder(api)
    assert ok(api.get("me/taskfolders('Tasks')"))["Id"] == folder["Id"]
    assert api.task()["ParentFolderId"] == folder["Id"]
    assert api.task(folder="Tasks")["ParentFolderId"] == folder["Id"]


@rule("defaults.delete_default_folder_is_400", "allow_delete_default_folder")
def delete_default_folder(api: Api) -> None:
    """Deleting the default folder Tasks is a 400, and the folder stays."""
    folder = default_folder(api)
    expect_error(api.delete(f"me/taskfolders('{key(folder['Id'])}')"), 400, "ErrorDeleteDistinguishedFolder")
    assert default_folder(api)["Id"] == folder["Id"]


@rule("defaults.delete_default_group_is_400", "allow_delete_default_group")
def delete_default_group(api: Api) -> None:
    """Deleting the default group My Tasks is a 400, and the group stays."""
    group = default_group(api)
    expect_error(api.delete(f"me/taskgroups('{key(group['Id'])}')"), 400, "ErrorDeleteDistinguishedFolder")
    assert default_group(api)["Id"] == group["Id"]


@rule("defaults.rename_default_folder_is_400", "allow_rename_default_folder")
def rename_default_folder(api: Api) -> None:
    """The Name of the default folder Tasks cannot be changed."""
    folder = default_folder(api)
    expect_error(api.patch(f"me/taskfolders('{key(folder['Id'])}')", {"Name": "Renamed"}), 400, "ErrorInvalidRequest")
    assert default_folder(api)["Name"] == "Tasks"


@rule("defaults.rename_default_group_is_400", "allow_rename_default_group")
def rename_default_group(api: Api) -> None:
    """The Name of the default group My Tasks cannot be changed."""
    group = default_group(api)
    expect_error(api.patch(f"me/taskgroups('{key(group['Id'])}')", {"Name": "Renamed"}), 400, "ErrorInvalidRequest")
    assert default_group(api)["Name"] == "My Tasks"


@rule("folders.groups_and_folders_lifecycle", "folder_ignores_group")
def lifecycle(api: Api) -> None:
    """Groups and folders: create (default group or a given one), list per group, rename, delete (seed examples)."""
    group = api.group("Leisure tasks")
    assert group["IsDefaultGroup"] is False and group["Name"] == "Leisure tasks"
    cooking = api.folder("Cooking", group=group["Id"])
    assert cooking["ParentGroupKey"] == group["GroupKey"] and cooking["IsDefaultFolder"] is False
    volunteer = api.folder("Volunteer")
    assert volunteer["ParentGroupKey"] == DEFAULT_GROUP_KEY
    listed = ok(api.get(f"me/taskgroups('{key(group['Id'])}')/taskfolders"))["value"]
    assert [f["Id"] for f in listed] == [cooking["Id"]]
    renamed = ok(api.patch(f"me/taskfolders('{key(volunteer['Id'])}')", {"Name": "Charity work"}))
    assert renamed["Name"] == "Charity work" and renamed["ChangeKey"] != volunteer["ChangeKey"]
    renamed = ok(api.patch(f"me/taskgroups('{key(group['Id'])}')", {"Name": "Personal Tasks"}))
    assert renamed["Name"] == "Personal Tasks"
    assert api.delete(f"me/taskfolders('{key(volunteer['Id'])}')").status_code == 204
    expect_error(api.get(f"me/taskfolders('{key(volunteer['Id'])}')"), 404)
    assert api.delete(f"me/taskgroups('{key(group['Id'])}')").status_code == 204
    expect_error(api.get(f"me/taskgroups('{key(group['Id'])}')"), 404)

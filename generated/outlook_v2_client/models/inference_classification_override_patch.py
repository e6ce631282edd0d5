from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.inference_classification_type import (
    InferenceClassificationType,
    check_inference_classification_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="InferenceClassificationOverridePatch")


@_attrs_define
class InferenceClassificationOverridePatch:
    """Changes to an override; only `ClassifyAs` can change.

    Attributes:
        classify_as (InferenceClassificationType | Unset): How Focused Inbox shows a message (`Focused` = 0, `Other` =
            1); read case-insensitively.
    """

    classify_as: InferenceClassificationType | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        classify_as: str | Unset = UNSET
        if not isinstance(self.classify_as, Unset):
            classify_as = self.classify_as

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if classify_as is not UNSET:
            field_dict["ClassifyAs"] = classify_as

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _classify_as = d.pop("ClassifyAs", UNSET)
        classify_as: InferenceClassificationType | Unset
        if isinstance(_classify_as, Unset):
            classify_as = UNSET
        else:
            classify_as = check_inference_classification_type(_classify_as)

        inference_classification_override_patch = cls(
            classify_as=classify_as,
        )

        return inference_classification_override_patch

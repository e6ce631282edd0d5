from typing import Literal

InferenceClassificationType = Literal["Focused", "Other"]

INFERENCE_CLASSIFICATION_TYPE_VALUES: set[InferenceClassificationType] = {
    "Focused",
    "Other",
}


def check_inference_classification_type(value: str) -> InferenceClassificationType:
    if value in INFERENCE_CLASSIFICATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INFERENCE_CLASSIFICATION_TYPE_VALUES!r}"
    )

from typing import Literal

ExternalAudienceScope = Literal["All", "ContactsOnly", "None"]

EXTERNAL_AUDIENCE_SCOPE_VALUES: set[ExternalAudienceScope] = {
    "All",
    "ContactsOnly",
    "None",
}


def check_external_audience_scope(value: str) -> ExternalAudienceScope:
    if value in EXTERNAL_AUDIENCE_SCOPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXTERNAL_AUDIENCE_SCOPE_VALUES!r}"
    )

"""Role library: load it once at startup (after the taxonomy) and pass it to the engines."""

from vidyamitra.ai.offline.roles.library import (
    Role,
    RoleLibrary,
    RoleLibraryError,
    RoleSkill,
    Seniority,
    SeniorityLevel,
    load_role_library,
    normalize_title,
)

__all__ = [
    "Role",
    "RoleLibrary",
    "RoleLibraryError",
    "RoleSkill",
    "Seniority",
    "SeniorityLevel",
    "load_role_library",
    "normalize_title",
]

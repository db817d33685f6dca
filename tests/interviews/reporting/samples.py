"""Hostile text shared by the report tests."""

HOSTILE = '<script>alert("x")</script> & <img src=x onerror=alert(1)>'

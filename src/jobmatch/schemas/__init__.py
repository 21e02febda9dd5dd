"""Pydantic DTOs: what goes over the wire (never a password hash)."""

"""Plain-text bytes: telling text from binary, and decoding it with a best-guess encoding."""

import codecs

# Longest first: the UTF-32-LE mark begins with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Bytes that never occur in text files; tab, newlines, form feed and ESC are tolerated.
_CONTROL_BYTES = bytes(set(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D, 0x1B}) + b"\x7f"
_MAX_CONTROL_SHARE = 0.01
# Legacy 8-bit text is mostly ASCII with some accented letters; binary data is not.
_MAX_HIGH_BYTE_SHARE = 0.3


def bom_encoding(data: bytes) -> str | None:
    """The codec named by a byte-order mark at the start of data, if there is one."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def looks_like_text(head: bytes) -> bool:
    """Whether the first bytes of a file look like text rather than a binary format."""
    if not head:
        return False
    encoding = bom_encoding(head)
    if encoding is not None:
        # head may end inside a character: the incremental decoder waits for the rest.
        decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
        text = decoder.decode(head, final=False)
        controls = sum(1 for ch in text if ord(ch) < 0x20 and ch not in "\t\n\f\r\x1b")
        return "\ufffd" not in text and controls <= len(text) * _MAX_CONTROL_SHARE
    if b"\x00" in head:
        return False
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if controls > len(head) * _MAX_CONTROL_SHARE:
        return False
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        high = sum(1 for byte in head if byte >= 0x80)
        return high <= len(head) * _MAX_HIGH_BYTE_SHARE
    return True


def decode_text(data: bytes) -> str:
    """Decode a text file: a byte-order mark wins, then UTF-8, then Windows-1252/Latin-1."""
    encoding = bom_encoding(data)
    if encoding is not None:
        return data.decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd")
    valid_non_ascii = len(text) - len(text.encode("ascii", errors="ignore")) - invalid
    # A few broken bytes among real UTF-8 letters is a damaged UTF-8 file; read as 8-bit
    # text those letters would turn into mojibake ("Ã©"), so keep the UTF-8 reading.
    if valid_non_ascii >= invalid:
        return text
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; Latin-1 maps every byte.
        return data.decode("latin-1")

"""Contact details: e-mail, phone (normalised), links and profiles, location."""

from __future__ import annotations

import re

from vidyamitra.ai.jsonresume import Location, Profile
from vidyamitra.ai.offline.parsing.dates import find_dates
from vidyamitra.ai.offline.parsing.vocabulary import Vocabulary

EMAIL = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*"
    r"\.[A-Za-z]{2,24}\b"
)
PHONE = re.compile(
    r"(?<![\w/.])(?:\+\s?\d{1,3}[\s.\-]?|00\d{1,3}[\s.\-]?)?(?:\(\d{1,5}\)[\s.\-]?)?"
    r"\d{2,5}(?:[\s.\-–]{0,2}\d{2,5}){1,4}(?![\w/])"
)
URL = re.compile(
    r"(?<![@\w.])(?:(?i:https?://|www\.)(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+"
    r"[A-Za-z]{2,24}|(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+"
    r"(?:com|org|net|io|dev|me|co|in|ai|app|info|xyz|tech|page|site|edu|blog|cc|us|uk|de|fr|ir))"
    r"(?:/[^\s|,;)<>\]]*)?(?![\w@])"
)
_LABELLED = re.compile(r"\b([A-Za-z][A-Za-z ]{1,20}?)\s*:\s*(?://)?\s*@?([\w.\-]{2,40})")
_STREET = re.compile(r"([A-Z][\w .'-]+),\s*([A-Z]{2})(?:\s+(\d{5}(?:-\d{4})?))?$")
PART_SPLIT = re.compile(r"\s*[|•·◦▪●⋄♦⋅∙]\s*|\t|\s{3,}")
_COUNTRY_REGIONS = {
    "india": "IN",
    "usa": "US",
    "united states": "US",
    "uk": "GB",
    "united kingdom": "GB",
    "canada": "CA",
    "germany": "DE",
    "singapore": "SG",
    "australia": "AU",
    "korea": "KR",
    "republic of korea": "KR",
}


def find_email(text: str) -> str | None:
    """The first syntactically valid e-mail address in ``text``."""
    for match in EMAIL.finditer(text):
        value = match.group(0)
        local, _, domain = value.partition("@")
        if ".." not in value and not local.endswith(".") and not domain.startswith("-"):
            return value
    return None


def find_phone(text: str, region: str | None) -> str | None:
    """The first phone number in ``text``: E.164 when its region is known, else as written."""
    for match in PHONE.finditer(text):
        written = match.group(0).strip()
        digits = re.sub(r"\D", "", written)
        if not 8 <= len(digits) <= 15:
            continue
        dates = find_dates(written)
        if dates is not None and dates.finish - dates.begin >= len(written) - 2:
            continue
        return _normalise_phone(re.sub(r"\s+", " ", written.replace("–", "-")), region)
    return None


def _normalise_phone(written: str, region: str | None) -> str:
    import phonenumbers

    plus = written.startswith(("+", "00"))
    if not plus and region is None:
        return written
    try:
        number = phonenumbers.parse(written, None if plus else region)
    except phonenumbers.NumberParseException:
        return written
    if phonenumbers.is_valid_number(number):
        return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))
    return written


def infer_region(location: Location | None, vocab: Vocabulary) -> str | None:
    """A phone region (ISO 3166 alpha-2) implied by a location, if any."""
    if location is None:
        return None
    if location.region and location.region.upper() in vocab.regions:
        return "CA" if location.region.upper() in {"ON", "BC", "QC", "AB"} else "US"
    text = (location.address or "").lower()
    if location.region and location.region.lower() in vocab.region_names:
        return vocab.region_names[location.region.lower()]
    for name, code in _COUNTRY_REGIONS.items():
        if re.search(rf"\b{re.escape(name)}\b", text):
            return code
    return None


def find_links(text: str, vocab: Vocabulary) -> tuple[str | None, list[Profile]]:
    """(personal website, social profiles) from the URLs and "Network: user" labels."""
    website: str | None = None
    profiles: list[Profile] = []
    for match in URL.finditer(text):
        url = match.group(0).rstrip(".")
        domain = re.sub(r"^(?:https?://)?(?:www\.)?", "", url, flags=re.IGNORECASE)
        host, _, path = domain.partition("/")
        network = _network(host.lower(), vocab)
        if network is None:
            if website is None and not find_email(text[max(match.start() - 40, 0) : match.end()]):
                website = url
            continue
        if any(p.network == network for p in profiles):
            continue
        segments = [s for s in path.split("/") if s and s not in ("in", "u", "pub", "company")]
        username = segments[0] if segments else None
        full = url if url.lower().startswith("http") else "https://" + url
        profiles.append(Profile(network=network, username=username, url=full))
    known = {p.network for p in profiles}
    for match in _LABELLED.finditer(text):
        network = _label_network(match.group(1), vocab)
        if network and network not in known:
            known.add(network)
            profiles.append(Profile(network=network, username=match.group(2)))
    return website, profiles


def _network(host: str, vocab: Vocabulary) -> str | None:
    for domain, network in vocab.networks.items():
        if host == domain or host.endswith("." + domain):
            return network
    return None


def _label_network(label: str, vocab: Vocabulary) -> str | None:
    key = label.strip().lower().replace(" ", "")
    for network in vocab.networks.values():
        if network.lower().replace(" ", "") == key:
            return network
    return None


def find_location(parts: list[str], vocab: Vocabulary) -> Location | None:
    """The first part that reads as a place: "City, ST", "City, Country" or a known place."""
    for part in parts:
        text = part.strip().strip(",;")
        if not text or find_email(text) or URL.search(text):
            continue
        street = _STREET.search(text)
        if re.search(r"\d{3}", text):
            if street and street.group(2) in vocab.regions and not PHONE.fullmatch(text):
                return Location(
                    address=text,
                    city=street.group(1).strip(),
                    region=street.group(2),
                    postalCode=street.group(3),
                )
            continue
        pieces = [p.strip() for p in text.split(",") if p.strip()]
        words = text.split()
        if any(w.lower().strip(".,") in vocab.job_words for w in words):
            continue
        if len(words) > 7 or not pieces or not all(p[0].isupper() for p in pieces):
            continue
        last = pieces[-1]
        known = (
            last.upper() in vocab.regions
            or last.lower() in vocab.places
            or last.lower() in vocab.region_names
        )
        if len(pieces) >= 2 and (known or len(words) <= 4):
            return Location(address=text, city=pieces[0], region=last if len(pieces) == 2 else None)
        if len(pieces) == 1 and text.lower() in vocab.places:
            return Location(address=text, city=text)
    return None

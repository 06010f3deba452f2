"""The library's exceptions. Each message names the file and the problem; the library never prints."""


class KzfactsError(Exception):
    """Base of every error kzfacts raises on purpose."""


class CorpusError(KzfactsError):
    """An input file or folder could not be read as articles."""


class DataFileError(KzfactsError):
    """A data file in kzfacts/data is missing or malformed (a programmer error)."""

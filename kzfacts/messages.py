"""The command line's words: plurals, and usage errors told in kzfacts' voice rather than in
the wording of the libraries beneath it: pydantic's ("Value error, ...", "Input should be ...")
under typer 0.29, click's ("'x' is not a valid int.", "3.0 is not in the range 0.0<=x<=1.0.")."""

from __future__ import annotations

import re

import typer


def plural(n: int, word: str, words: str | None = None) -> str:
    """ "1 figure", "2 figures"; ``words`` where the plural is not the word and an s."""
    return f"{n} {word if n == 1 else words or word + 's'}"


def our_words(message: str) -> str:
    """A bad value's message, reworded where the validation library wrote it."""
    message = message.removeprefix("Value error, ")
    if message.startswith("Input should be a valid integer") or message.endswith(" valid int."):
        return "give a whole number"
    if message.startswith("Input should be a valid number") or message.endswith(" valid float."):
        return "give a number"
    if m := re.fullmatch(r"(\S+) is not in the range (?:(\S+?)<=?)?x(?:<=?(\S+?)|>=?(\S+?))?\.", message):
        value, low, high = float(m[1]), m[2] or m[4], m[3]  # click's "3.0 is not in the range 0.0<=x<=1.0."
        if high is not None and (low is None or value > float(high)):
            return f"give at most {float(high):g}"
        if low is not None:
            return f"give at least {float(low):g}"
    if m := re.fullmatch(r"Input should be (less|greater) than or equal to (\S+)", message):
        return f"give {'at most' if m[1] == 'less' else 'at least'} {m[2]}"
    if m := re.fullmatch(r"('.*?') is not one of (.*)\.", message, re.S):  # an enum's choices
        choices = ", ".join(re.findall(r"'([^']*)'", m[2]))
        return f"{m[1]} is not one of the choices: {choices}"
    return message


def usage_message(exc) -> str:
    """One line for a usage error of the command line parser, with where to read more:
    "--metric: 'x' is not one of the choices: trade_volume, ... (kzfacts facts --help)"."""
    if type(exc) is typer.BadParameter:
        param = exc.param
        hint = exc.param_hint or (" / ".join(getattr(param, "opts", None) or [param.name])
                                  if param is not None else None)
        message = our_words(exc.message)
        message = f"{hint}: {message}" if hint else message
    else:  # "No such option: --nope", "Missing argument 'what'. Choose from: trade"
        message = exc.format_message()
    where = f" ({exc.ctx.command_path} --help)" if getattr(exc, "ctx", None) is not None else ""
    return " ".join(message.split()) + where

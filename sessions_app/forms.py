from __future__ import annotations

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import ngettext

from sessions_app import metrics
from sessions_app.letterboxd import ExportError, ExportTooLarge, Limits, ParsedExport, parse_export
from sessions_app.letterboxd.limits import format_size


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """A file field that takes one or several files and cleans to a list."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ".zip,.csv"}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None) -> list:
        single_clean = super().clean
        if isinstance(data, (list, tuple)):
            if not data and self.required:
                raise ValidationError(self.error_messages["required"], code="required")
            return [single_clean(item, initial) for item in data]
        return [single_clean(data, initial)]


def upload_limits() -> Limits:
    return Limits(
        max_upload_bytes=settings.UPLOAD_MAX_BYTES,
        max_uncompressed_bytes=settings.UPLOAD_MAX_UNCOMPRESSED_BYTES,
        max_text_bytes=settings.UPLOAD_MAX_TEXT_BYTES,
        max_rows=settings.UPLOAD_MAX_ROWS,
        max_films=settings.UPLOAD_MAX_FILMS,
    )


class ExportFormMixin:
    """Parses the uploaded export while cleaning: a valid form holds `parsed`."""

    file_field: str
    parsed: ParsedExport

    def clean(self) -> dict:
        cleaned = super().clean()
        files = cleaned.get(self.file_field)
        if not files:
            return cleaned
        total = sum(upload.size for upload in files)
        metrics.UPLOAD_BYTES.observe(total)
        if total > settings.UPLOAD_MAX_BYTES:
            raise ValidationError(too_large_message(), code="too_large")
        try:
            # Each upload as the seekable file Django keeps it in (memory up to 2.5 MB, a
            # temporary file above): the parser streams it, never holding it whole.
            self.parsed = parse_export(
                [(upload.name, upload.file) for upload in files], limits=upload_limits()
            )
        except ExportTooLarge as exc:
            raise ValidationError(exc.message, code="too_large") from exc
        except ExportError as exc:
            raise ValidationError(exc.message, code="invalid_export") from exc
        cleaned["filenames"] = [upload.name for upload in files]
        return cleaned

    @property
    def too_large(self) -> bool:
        return self.has_error(forms.forms.NON_FIELD_ERRORS, code="too_large")

    def first_error(self) -> str:
        for errors in self.errors.values():
            return errors[0]
        return "The upload could not be read."


def too_large_message() -> str:
    limit = format_size(settings.UPLOAD_MAX_BYTES)
    return f"That upload is too large: the limit is {limit}. A Letterboxd export is far smaller."


def too_many_uploads_message(wait: int) -> str:
    if wait < 90:
        when = ngettext("in %(n)d second", "in %(n)d seconds", wait) % {"n": wait}
    else:
        minutes = round(wait / 60)
        when = ngettext("in about %(n)d minute", "in about %(n)d minutes", minutes) % {"n": minutes}
    return (
        f"That is a lot of uploads from one place in a short time. Please try again {when}: "
        "your earlier uploads are still there, each at its own link."
    )


class UploadForm(ExportFormMixin, forms.Form):
    file_field = "export"
    export = MultipleFileField(
        label="Your Letterboxd export",
        help_text="The ZIP from Letterboxd, or one or more of its CSV files.",
        error_messages={"required": "Choose your Letterboxd export ZIP (or its CSV files) first."},
    )


class ApiUploadForm(ExportFormMixin, forms.Form):
    file_field = "file"
    file = MultipleFileField(
        error_messages={"required": "Send the export as multipart field 'file'."},
    )


class MoviesPageForm(forms.Form):
    page = forms.IntegerField(min_value=1, required=False)
    page_size = forms.IntegerField(min_value=1, max_value=500, required=False)

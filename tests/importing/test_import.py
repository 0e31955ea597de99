"""import_files: all or nothing, revisions, warnings stored, cancel, checks across files."""

from __future__ import annotations

import pytest

from jobcenter_bench.core.importing import ImportRejected, import_files, validate_files
from jobcenter_bench.core.tasks import Cancelled, TaskState

from .importing_fixtures import GOOD_ANSWER, counts, write_csv


def test_import_logs_file_and_rows(filled, store):
    path = filled()
    result = import_files(store, [path])
    (f,) = result.files
    assert (f.file_name, f.kind, f.rows, f.revision, f.replaced) == (
        "aabenraa_2013.xlsx", "survey_workbook", 1, 1, 0)
    (log,) = store.imports()
    assert log["file_name"] == "aabenraa_2013.xlsx"  # no folder
    assert log["size_bytes"] == path.stat().st_size and len(log["sha256"]) == 64
    assert log["rows"] == 1


def test_reimport_makes_revision_two_and_keeps_one(filled, store):
    import_files(store, [filled()])
    second = filled({**GOOD_ANSWER, "fte_caseworkers": 61}, name="aabenraa_ny.xlsx")
    result = import_files(store, [second])
    assert (result.files[0].revision, result.files[0].replaced) == (2, 1)
    history = store.survey_history("Aabenraa", 2013)
    assert [(h["revision"], h["current"], h["fte_caseworkers"]) for h in history] == [
        (1, 0, 60.0), (2, 1, 61.0)]
    assert len(store.survey_answers(2013)) == 1


def test_identical_file_again_warns_and_the_warning_is_stored(filled, store):
    path = filled()
    import_files(store, [path])
    result = import_files(store, [path])
    (w,) = result.warnings
    assert "samme indhold" in w.message and "import nr. 1" in w.message
    stored = store.warnings(result.import_ids[0])
    assert [s["message"] for s in stored] == [w.message]


def test_register_revisions_do_not_duplicate(tmp_path, store):
    a = write_csv(tmp_path / "a.csv", ["Kommune;År;Sygedagpenge", "Aabenraa;2013;4", "Esbjerg;2013;5"])
    b = write_csv(tmp_path / "b.csv", ["Kommune;År;Sygedagpenge", "Aabenraa;2013;6"])
    import_files(store, [a])
    result = import_files(store, [b])
    assert (result.files[0].revision, result.files[0].replaced) == (2, 1)
    assert sorted(store.register_values(2013)) == [(561, 2013, "persons_sdp", 5.0),
                                                   (580, 2013, "persons_sdp", 6.0)]
    assert counts(store)[2] == 3  # both revisions of Aabenraa kept


def test_framework_variables_registered(tmp_path, store):
    path = write_csv(tmp_path / "r.csv", ["Kommune;År;Beskæftigelsesfrekvens", "Aabenraa;2013;71,5"])
    import_files(store, [path])
    assert store.framework_variables(2013) == ["beskaeftigelsesfrekvens"]
    (var,) = store.variables("framework")
    assert var["label_da"] == "Beskæftigelsesfrekvens"


def test_same_key_in_two_files_is_an_error(tmp_path, filled, store):
    one, two = filled(name="one.xlsx"), filled(name="two.xlsx")
    with pytest.raises(ImportRejected) as info:
        import_files(store, [one, two])
    (err,) = [p for p in info.value.problems if p.is_error]
    assert err.file == "two.xlsx" and "også i filen 'one.xlsx'" in err.message
    assert counts(store)[:3] == (0, 0, 0)
    # the same register value in two files, and the same path given twice
    r = write_csv(tmp_path / "r.csv", ["Kommune;År;Sygedagpenge", "Aabenraa;2013;4"])
    files = validate_files([r, r])
    assert files[0].errors == [] and "også i filen 'r.csv'" in files[1].errors[0].message


def test_cases_per_fte_warning_uses_register_in_same_import(tmp_path, filled, store):
    # Aabenraa: 100 FTE (GOOD_ANSWER); ADP + KTH + SDP = 3000 + 2000 + 1000 = 6000 -> 60 per FTE: fine
    reg = write_csv(tmp_path / "r.csv", ["Kommune;År;ADP;KTH;SDP", "Aabenraa;2013;3000;2000;1000"])
    assert all("sager pr. årsværk" not in w.message for f in validate_files([reg, filled()])
               for w in f.warnings)
    # 9000 persons -> 90 per FTE: warned on the survey file
    big = write_csv(tmp_path / "big.csv", ["Kommune;År;ADP;KTH;SDP", "Aabenraa;2013;5000;3000;1000"])
    survey = filled(name="s.xlsx")
    files = validate_files([big, survey])
    (w,) = [w for w in files[1].warnings if "sager pr. årsværk" in w.message]
    assert "90,0 sager pr. årsværk" in w.message and w.file == "s.xlsx"
    # and from the database when the register was imported earlier
    import_files(store, [big])
    files = validate_files([survey], store)
    assert any("90,0 sager pr. årsværk" in w.message for w in files[0].warnings)


def test_strict_mode_rejects_warnings(filled, store):
    path = filled({**GOOD_ANSWER, "sickness_days": 45})
    with pytest.raises(ImportRejected):
        import_files(store, [path], allow_warnings=False)
    assert counts(store)[:2] == (0, 0)
    result = import_files(store, [path])
    assert len(store.warnings(result.import_ids[0])) == 1


def test_cancel_rolls_back_everything(tmp_path, filled, store):
    reg = write_csv(tmp_path / "r.csv", ["Kommune;År;Sygedagpenge", "Aabenraa;2013;4"])
    survey = filled()
    seen = []

    def on_progress(done, total, text):
        seen.append(text)
        if text.startswith("Gemmer") and len([t for t in seen if t.startswith("Gemmer")]) == 2:
            state.cancel()

    state = TaskState(on_progress)
    with pytest.raises(Cancelled):
        import_files(store, [reg, survey], state)
    assert counts(store)[:4] == (0, 0, 0, 0)
    assert any(t.startswith("Læser") for t in seen)


def test_progress_reaches_total(filled, store):
    calls = []
    import_files(store, [filled()], TaskState(lambda d, t, s: calls.append((d, t))))
    assert calls[-1] == (2, 2)

"""Language helpers (sourcelint.rules.langid) and the LNG family."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import resources

import pytest

from sourcelint import Linter
from sourcelint.document import Document
from sourcelint.rules import langdetect_fast, langid
from sourcelint.rules.language import WrongLanguage

from conftest import native_corpus, sample_text

ENGLISH = (
    "The council approved the new budget on Tuesday after a long debate. Officials said the "
    "money would be spent on schools, roads and the hospital, which has been waiting for "
    "repairs for years."
)
FOREIGN = {
    "fr": "Le gouvernement a annoncé mardi une série de mesures pour soutenir les entreprises "
    "touchées par la crise. Selon le ministre, ces aides seront versées dès le mois prochain.",
    "de": "Die Bundesregierung hat am Dienstag ein neues Entlastungspaket vorgestellt. Nach Angaben "
    "des Ministers sollen die Hilfen bereits im kommenden Monat ausgezahlt werden.",
    "es": "El Gobierno anunció el martes un paquete de medidas para apoyar a las empresas afectadas "
    "por la crisis. Según el ministro, las ayudas se pagarán a partir del próximo mes.",
    "it": "Il governo ha presentato martedì un nuovo pacchetto di misure per sostenere le imprese "
    "colpite dalla crisi. Secondo il ministro, gli aiuti saranno versati già dal mese prossimo.",
    "pt": "O governo apresentou na terça-feira um novo pacote de medidas para apoiar as empresas "
    "afetadas pela crise. Segundo o ministro, os apoios serão pagos já no próximo mês.",
    "ru": "Правительство во вторник представило новый пакет мер поддержки предприятий, пострадавших "
    "от кризиса. По словам министра, выплаты начнутся уже в следующем месяце.",
    "zh-cn": "政府周二宣布了一系列支持受危机影响企业的新措施。据经济部长介绍，这些援助将于下个月开始发放。",
    "vi": "Chính phủ hôm thứ Ba đã công bố một gói biện pháp mới nhằm hỗ trợ các doanh nghiệp bị ảnh "
    "hưởng bởi khủng hoảng. Theo bộ trưởng kinh tế, khoản hỗ trợ sẽ được chi trả ngay từ tháng tới.",
}

# English paragraphs that cheap signals could mistake for foreign ones.
HARD_ENGLISH = [
    "Andrés Manuel López Obrador, Jair Bolsonaro, Emmanuel Macron, Olaf Scholz, Ursula von der "
    "Leyen, Pedro Sánchez and Giorgia Meloni attended.",
    "Arsenal 2 Chelsea 1; Liverpool 3 Everton 0; Manchester City 1 Tottenham Hotspur 1; "
    "Newcastle United 0 Aston Villa 2; Brighton 4 Leeds United 1.",
    "Revenue 2019: 1,204.5; 2020: 1,350.2; 2021: 1,498.7; operating margin 12.4%, 13.1%, 14.0%.",
    'Protesters chanted "liberté, égalité, fraternité" outside the embassy, police said.',
    'Her motto, she said, was "carpe diem, quam minimum credula postero".',
    "Breakfast: oats, chia seeds, hemp seeds, salt, a little lemon juice, soaked in almond milk overnight.",
    "Round Table schedule: July 27 at 6:30 p.m. - Karasunsky District at 244 Selezneva Street; "
    "July 28 at 6:30 p.m. - Central District at 77 Stavropolskaya Street.",
    "Stocks rise sharply amid strong quarterly earnings reports",
    "Photo: Reuters/Kim Hong-Ji",
    "Officials from the Banco de la República, the Deutsche Bundesbank and the Banque de France met.",
    'The banner read "人民万岁" as the crowd gathered in the square on Sunday morning.',
]


def test_data_files_have_provenance_and_do_not_overlap() -> None:
    for name in ("english_stopwords.txt", "foreign_function_words.txt"):
        head = (resources.files("sourcelint.rules") / "data" / name).read_text(encoding="utf-8").splitlines()[:2]
        assert head[0].startswith("# source:") and head[1].startswith("# licence:"), name
    assert "the" in langid.english_stopwords()
    assert "it’s" in langid.english_stopwords()  # curly apostrophe variant
    assert langid.foreign_function_words()["und"] == "de"
    assert not set(langid.foreign_function_words()) & langid.english_stopwords()


def test_script_profile() -> None:
    assert langid.script_profile("Hello, world 123").latin_share == 1.0
    p = langid.script_profile("Привет мир hello")
    assert (p.latin, p.non_latin, p.dominant) == (5, 9, "cyrillic")
    p = langid.script_profile("東京 Tokyo ÉÀ")
    assert (p.latin, p.dominant) == (7, "latin") and dict(p.scripts) == {"cjk": 2}
    assert langid.script_profile("١٢٣ ...").letters == 0  # Arabic-Indic digits are not letters
    assert langid.script_profile("").latin_share == 1.0


def test_hostile_inputs_finish() -> None:
    # Linear-time helpers: these complete instantly (pytest-timeout guards).
    assert langid.script_profile("a" * 1_000_000).latin == 1_000_000
    assert langid.script_profile(" " * 200_000).letters == 0
    doc = Document("ж" * 200_000)
    assert len(langid.foreign_paragraph_candidates(doc)) == 1
    assert langid.detect_language("x" * 1_000_000)[0] != ""


def test_stopword_ratio() -> None:
    assert langid.stopword_ratio(["The", "cat", "and", "the", "dog"]) == pytest.approx(0.6)
    assert langid.stopword_ratio([]) == 0.0
    s = langid.word_signals(Document(ENGLISH).tokens)
    assert s.english_ratio > 0.25 and s.foreign == 0
    s = langid.word_signals(Document(FOREIGN["de"]).tokens)
    assert s.english == 0 and s.foreign_ratio > 0.2


@pytest.mark.parametrize("lang", sorted(FOREIGN))
def test_foreign_paragraph_inside_english_article(lang: str) -> None:
    text = f"{ENGLISH}\n\n{FOREIGN[lang]}\n\n{ENGLISH}"
    doc = Document(text)
    found = [(c.start, c.end) for c in langid.foreign_paragraph_candidates(doc)]
    start = text.index(FOREIGN[lang])
    assert found == [(start, start + len(FOREIGN[lang]))]
    (passage,) = langid.foreign_passages(doc)
    assert langid.same_language(passage.lang, lang)
    assert passage.probability > 0.9


def test_foreign_sentence_inside_english_paragraph() -> None:
    foreign = "Les syndicats ont toutefois jugé ces annonces insuffisantes pour les ménages."
    text = f"{ENGLISH} {foreign} The mayor did not comment on the decision."
    (c,) = langid.foreign_paragraph_candidates(Document(text))
    assert text[c.start : c.end] == foreign and c.kind == "sentence" and c.guess == "fr"


@pytest.mark.parametrize("para", HARD_ENGLISH)
def test_english_hard_negatives_are_not_candidates(para: str) -> None:
    doc = Document(f"{ENGLISH}\n\n{para}\n\n{ENGLISH}")
    assert langid.foreign_paragraph_candidates(doc) == ()


@pytest.mark.needs_corpus
def test_native_corpus_has_no_candidates_and_looks_english() -> None:
    for rec in native_corpus():
        s = langid.language_signals(Document(rec["text"]))
        assert s.candidates == (), rec["id"]
        assert s.looks_english, rec["id"]


def test_signals_are_a_shared_view() -> None:
    doc = Document(ENGLISH)
    assert langid.language_signals(doc) is langid.language_signals(doc)
    assert langid.foreign_paragraph_candidates(doc) is langid.language_signals(doc).candidates


def test_detect_language_bounded_and_deterministic() -> None:
    text = FOREIGN["fr"] + " " + ENGLISH * 50  # English only beyond the sample
    assert langid.detect_language(text, max_chars=len(FOREIGN["fr"]))[0] == "fr"
    runs = {langid.detect_language(FOREIGN[k]) for k in ("es",) for _ in range(5)}
    assert len(runs) == 1
    assert langid.detect_language("1234 5678 !!!") == ("unknown", 0.0)
    assert langid.same_language("zh-cn", "zh") and not langid.same_language("en", "es")


_FRESH = """
import json, sys
from sourcelint.rules import langdetect_fast, langid
texts = json.loads(sys.stdin.read())
print(json.dumps([list(langid.detect_language(t)) for t in texts]))
"""


def test_detection_identical_in_a_fresh_process() -> None:
    texts = [FOREIGN[k] for k in sorted(FOREIGN)] + [ENGLISH, "Ciao, come stai oggi amico mio"]
    here = [list(langid.detect_language(t)) for t in texts]
    proc = subprocess.run(
        [sys.executable, "-c", _FRESH], input=json.dumps(texts), capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == here


@pytest.mark.needs_corpus
def test_lng001_never_runs_langdetect_on_english(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*a, **k):
        raise AssertionError("langdetect called on an English article")

    monkeypatch.setattr("sourcelint.rules.language.detect_language", boom)
    rule = WrongLanguage()
    for rec in native_corpus()[:20]:
        assert list(rule.check(Document(rec["text"]))) == []


@pytest.mark.needs_corpus
def test_lng001_quiet_on_native_corpus_and_samples() -> None:
    rule = WrongLanguage()
    texts = [r["text"] for r in native_corpus()] + [sample_text(f"00{i}") for i in range(5)]
    for text in texts:
        assert list(rule.check(Document(text))) == []


def test_whole_foreign_article_is_rejected() -> None:
    article = "\n\n".join([FOREIGN["fr"]] * 4)
    report = Linter(rules=[WrongLanguage]).lint_text(article)
    (f,) = report.findings
    assert f.code == "LNG001" and f.extent == pytest.approx(1.0) and f.severity == "error"
    assert "French" in f.message
    assert report.verdict == "reject"


def test_mostly_foreign_article_extent() -> None:
    article = "\n\n".join([FOREIGN["de"], FOREIGN["de"], FOREIGN["de"], ENGLISH])
    (f,) = WrongLanguage().check(Document(article))
    assert 0.6 < f.extent < 0.85


def test_half_foreign_article_is_left_to_passage_checks() -> None:
    # The document is mostly English; its German paragraphs are untranslated
    # passages (MT007), found by the candidates, not a wrong document language.
    doc = Document("\n\n".join([FOREIGN["de"], FOREIGN["de"], ENGLISH, ENGLISH]))
    assert list(WrongLanguage().check(doc)) == []
    assert [c.guess for c in langid.foreign_paragraph_candidates(doc)] == ["de", "de"]


def test_metadata_language_wins_over_the_run_language() -> None:
    doc = Document("\n\n".join([FOREIGN["es"]] * 3), metadata={"language": "es"}, expected_language="en")
    assert list(WrongLanguage().check(doc)) == []
    doc = Document("\n\n".join([ENGLISH] * 3), metadata={"language": "es"})
    (f,) = WrongLanguage().check(doc)
    assert "English" in f.message and f.extent > 0.9


def test_lng001_metrics() -> None:
    m = WrongLanguage().measure(Document(ENGLISH))
    assert m["language.english_function_words"] > 0.25
    assert m["language.non_latin_share"] == 0.0 and m["language.foreign_share"] == 0.0


def test_configured_language_reaches_the_rules(tmp_path) -> None:
    """``language`` in the config (or --language) is what LNG001 and MT007 expect."""
    from click.testing import CliRunner

    from sourcelint.cli import cli

    english = tmp_path / "en.txt"
    english.write_text("\n\n".join([ENGLISH] * 3), encoding="utf-8")
    runner = CliRunner()
    plain = runner.invoke(cli, ["check", "--format", "jsonl", "--select", "LNG", str(english)])
    assert plain.exit_code == 0 and '"LNG001"' not in plain.output
    german = runner.invoke(cli, ["check", "--format", "jsonl", "--select", "LNG", "--language", "de", str(english)])
    assert german.exit_code == 1 and '"LNG001"' in german.output
    (tmp_path / "sourcelint.toml").write_text('language = "de"\n', encoding="utf-8")
    configured = runner.invoke(cli, ["check", "--format", "jsonl", "--select", "LNG", str(english)])
    assert configured.exit_code == 1 and '"LNG001"' in configured.output
    # an article in the configured language is not "foreign" to MT007
    from sourcelint import Config, Linter

    mixed = "\n\n".join([ENGLISH, FOREIGN["es"], ENGLISH])
    assert any(f.code == "MT007" for f in Linter(Config(select=("MT007",))).lint_text(mixed).findings)
    assert not Linter(Config(select=("MT007",), language="es")).lint_text(mixed).findings


def _langdetect_texts() -> list[str]:
    """Texts in many languages and scripts, cased oddly, with URLs and e-mail."""
    import random

    texts = [sample_text(name)[:1500] for name in ("000", "003", "004")]
    # Four stretches of prose from each sample: real news, as the corpus would give.
    for name in ("000", "001", "002", "003", "004"):
        paragraphs = [p for p in sample_text(name).split("\n\n") if len(p) > 200]
        texts += [langid.prose_sample(Document("\n\n".join(paragraphs[i::4]))) for i in range(4)]
    texts += [
        "El gobierno anunció el martes nuevas medidas para la economía del país y los trabajadores.",
        "Le président a déclaré que la situation était sous contrôle et que les négociations continuent.",
        "Die Regierung hat am Dienstag neue Maßnahmen für die Wirtschaft angekündigt.",
        "Правительство во вторник объявило о новых мерах поддержки экономики страны.",
        "政府周二宣布了支持国家经济的新措施，并表示局势已得到控制。",
        "政府は火曜日、国の経済を支援する新たな措置を発表した。",
        "الحكومة أعلنت يوم الثلاثاء عن إجراءات جديدة لدعم اقتصاد البلاد",
        "Chính phủ đã công bố các biện pháp mới vào thứ Ba để hỗ trợ nền kinh tế.",
        "NASA and the EU said in a statement: see https://example.org/a?b=c or mail press@example.org  now.",
        "ÉTAT D'URGENCE DÉCLARÉ À PARIS, dit le MINISTRE. iPhone McDonald YouTube.",
        "Mixed English text, with una frase en español y ein bisschen Deutsch dazu.",
    ]
    rng = random.Random(7)
    alphabet = "abcdefghijklmnopqrstuvwxyzÀéüßжя中文 ,.ABCXYZ  "
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(20, 400))) for _ in range(30)]
    return texts


def test_fast_detector_matches_langdetect_exactly() -> None:
    # langid reimplements langdetect's inner loop for speed; its answers must
    # be langdetect's own, to the last bit, or detection would drift.
    from langdetect.lang_detect_exception import LangDetectException

    factory = langdetect_fast.detector_factory()
    for text in _langdetect_texts():
        reference = factory.create()
        reference.append(text)
        try:
            expected = [(p.lang, p.prob) for p in reference.get_probabilities()]
        except LangDetectException:
            with pytest.raises(LangDetectException):
                langid.langdetect_probabilities(text)
            continue
        got = [(p.lang, p.prob) for p in langid.langdetect_probabilities(text)]
        assert got == expected, text[:80]


def test_fast_detector_stops_early_only_when_the_answer_cannot_matter() -> None:
    from langdetect.lang_detect_exception import LangDetectException

    stopped = 0
    for text in _langdetect_texts():
        try:
            full = langid.langdetect_probabilities(text)
        except LangDetectException:
            continue
        early = langid.langdetect_probabilities(text, (["en"], 0.8))
        if early is None:
            stopped += 1
            assert not any(p.lang != "en" and p.prob >= 0.8 for p in full), text[:80]
        else:
            assert [(p.lang, p.prob) for p in early] == [(p.lang, p.prob) for p in full]
    assert stopped >= 5  # English texts do stop early: that is the saving

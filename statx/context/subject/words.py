"""The words of one language that the subject rules read, and what they tell of a token: is it a
verb, a reference to something said before, a qualifier of a number."""
from __future__ import annotations

import functools
from typing import Iterable, Sequence

import regex

from ...lang import Lexicon
from ...lang.cache import compiled
from ...text.view import Tok


# A token that is an amount glued to its currency's sign ("Kshs202.1", "R2.5bn"), not a word to join
GLUED_AMOUNT = compiled(r"\p{L}{1,5}\.?\d[\d.,]*\p{L}{0,3}")
_FIGURE_OPENS = compiled(r"[\p{N}\p{Sc}]")   # a token that opens a figure: a digit or a currency's sign
ADVERB_LONGER = 5   # an adverb's ending on a shorter word is a noun's ("tally", "rally")
SHORT_PARTICIPLE = 6   # letters a short participle has more than ("страны" is a noun)


class Phrases:
    """A list of phrases (word tuples), looked up by their first or last word."""

    def __init__(self, phrases: Iterable[str]):
        by_first: dict[str, list[tuple[str, ...]]] = {}
        by_last: dict[str, list[tuple[str, ...]]] = {}
        for p in {tuple(w.split()) for w in phrases}:
            by_first.setdefault(p[0], []).append(p)
            by_last.setdefault(p[-1], []).append(p)
        self.by_first = {k: sorted(v, key=len, reverse=True) for k, v in by_first.items()}
        self.by_last = {k: sorted(v, key=len, reverse=True) for k, v in by_last.items()}

    def at(self, toks: Sequence, i: int) -> int:
        """Length of the longest phrase starting at toks[i] (Tok objects or strings), else 0."""
        if i >= len(toks):
            return 0
        t = toks[i]
        phrases = self.by_first.get(t if t.__class__ is str else t.low)   # most words open no phrase
        if phrases is None:
            return 0
        for p in phrases:
            if len(p) == 1 or tuple(_word(t) for t in toks[i:i + len(p)]) == p:
                return len(p)
        return 0

    def ending_at(self, toks: Sequence, i: int) -> int:
        """Length of the longest phrase ending at toks[i], else 0."""
        if i < 0:
            return 0
        t = toks[i]
        phrases = self.by_last.get(t if t.__class__ is str else t.low)   # most words end no phrase
        if phrases is None:
            return 0
        for p in phrases:
            if len(p) == 1 or i + 1 >= len(p) and tuple(_word(t) for t in toks[i + 1 - len(p):i + 1]) == p:
                return len(p)
        return 0

    def words(self) -> frozenset[str]:
        """Every word of every phrase."""
        return frozenset(w for ps in self.by_first.values() for p in ps for w in p)


def _unit_words(lex: Lexicon) -> frozenset[str]:
    """The words of the units an amount is written in ("tonnes", "per cent", "dollars"): what a figure measures in,
    not what it measures."""
    return frozenset(w for k in ("forms", "weights") for w in lex.table("units", k)) \
        | frozenset(w for p in lex.words("percent", "after") for w in p.split()) | frozenset(lex.table("currencies", "words"))


def _word(t) -> str:
    return t if t.__class__ is str else t.low


class SubjectWords:
    """The word lists of one language for the subject rules (``statx/lang/*.toml``, mostly
    ``[subject]``), as sets and phrase tables."""

    def __init__(self, lex: Lexicon):
        self.lex = lex
        sub = "subject"
        words = lex.words
        grammar = lex.data["grammar"]
        self.subject_after_change = bool(grammar["subject_after_change"])
        self.verbs_by_word_order = bool(grammar["verbs_by_word_order"])
        self.adjectives_by_ending = bool(grammar["adjectives_by_ending"])
        self.heads = Phrases(words(sub, "heads"))
        self.measure_nouns = Phrases(words(sub, "measure_nouns"))
        self.compound_heads = Phrases(words(sub, "compound_heads"))
        self.head_modifiers = frozenset(words(sub, "head_modifiers"))
        # the generic nouns of those heads ("figure", "total"): after a noun, that noun names what they measure
        self.head_nouns = frozenset(h.split()[0] for h in words(sub, "compound_heads") if len(h.split()) > 1) & frozenset(words(sub, "generic"))
        self.modifier_endings = tuple(words(sub, "modifier_endings"))
        self.determiners = Phrases(words(sub, "determiners"))
        self.determiner_words = self.determiners.words()
        self.generic = frozenset(words(sub, "generic"))
        self.verbs = frozenset(words(sub, "verbs"))
        self.level_verbs = Phrases(words(sub, "level_verbs"))
        self.after_participle = frozenset(words(sub, "after_participle"))
        self.object_markers = frozenset(words(sub, "object_markers"))
        self.np_prepositions = frozenset(words(sub, "np_prepositions"))
        self.np_compound_prepositions = Phrases(words(sub, "np_compound_prepositions"))
        self.origins = frozenset(words(sub, "origins"))
        self.flow_nouns = frozenset(words(sub, "flow_nouns"))
        self.complements = frozenset(tuple(p.split()) for p in words(sub, "complement_heads"))
        self._read_measures(lex)
        self._read_forms(lex)
        self._read_clauses(lex)
        self.total_verbs = frozenset(lex.words("direction", "total_verbs"))
        self.titles = frozenset(lex.words("speakers", "titles"))   # "Senator, is 5.1 per cent acceptable?": whom a question addresses
        self.reference_phrases = Phrases(words(sub, "references"))
        self.personal = frozenset(words(sub, "personal"))
        self.singular_subjects = frozenset(words(sub, "singular_subjects"))
        self.copulas, self.existential = frozenset(words(sub, "copulas")), frozenset(words(sub, "existential"))
        self.negations = frozenset(words(sub, "negations"))
        self.standings = frozenset(lex.words("not_claims", "standings"))   # "wins", "очков": a sports table's nouns
        self.noun_after_units = frozenset(words(sub, "noun_after_units"))
        self.denominators = Phrases(words(sub, "denominators"))
        self.fronted_levels = frozenset(words(sub, "fronted_levels"))
        self.age_before, self.age_after = Phrases(words("not_claims", "age_before")), Phrases(words(sub, "age_after"))
        self.paying_verbs, self.paid_for = frozenset(words(sub, "paying_verbs")), frozenset(words(sub, "paid_for"))
        self.payer_endings = tuple(words(sub, "payer_endings"))
        self.naming_verbs = frozenset(words(sub, "naming_verbs"))
        self.pointing_back = Phrases(words(sub, "pointing_back"))
        self._read_amounts(lex)
        self._read_changes(lex)
        self.level_after_change = frozenset(words("direction", "level_after_change"))
        self.person_nouns = frozenset(words(sub, "person_nouns"))
        self.predicate_comparatives = Phrases(lex.table("direction", "after"))
        self.by_alone = frozenset(words("direction", "by_alone"))
        self.by_each = frozenset(words("direction", "by_each"))   # "свинину, чай – по 2%"
        self.topic_limiters = frozenset(words(sub, "topic_limiters"))   # "For houses only, ..."
        self.counting_comparatives = Phrases(words(sub, "counting_comparatives"))
        self.than = frozenset(lex.words("time", "comparison"))   # "than", "чем": what follows is compared with
        self.compared_times = frozenset(words(sub, "compared_times"))   # "на 94 больше прошлогоднего"
        self.how_many = Phrases(words(sub, "how_many"))
        self.speech_verbs = Phrases(words(sub, "speech_verbs"))
        self.passive = Phrases(words(sub, "passive"))
        self.speech_words = frozenset(w for w in words(sub, "speech_verbs") if " " not in w)
        self.showing_verbs = frozenset(words(sub, "showing_verbs"))
        self.passive_speech_verbs = frozenset(words(sub, "passive_speech_verbs"))
        self.np_and, self.respectively = frozenset(words(sub, "np_and")), frozenset(words("words", "respectively"))
        self.list_closers = frozenset(words(sub, "list_closers"))   # "Theft, fraud etc."
        self.item_prepositions = frozenset(words(sub, "item_prepositions"))
        self.item_in, self.demonstratives, self.unit_words = frozenset(words(sub, "item_in")), frozenset(words(sub, "demonstratives")), _unit_words(lex)
        self.deictic_after = frozenset(words(sub, "deictic_after"))
        self.time_edges = frozenset(words(sub, "time_edges"))   # "7.84% late yesterday"
        self.hedges = frozenset(words("words", "hedges"))
        self.times_of_day = frozenset(words(sub, "times_of_day"))
        self.comparison_verbs = frozenset(words("multipliers", "verbs"))   # "превышает": what follows is compared with
        self.comparatives = Phrases(list(lex.table("direction", "after")) + words("multipliers", "comparatives"))
        self.of = frozenset(words(sub, "of"))
        self.ellipsis, self.coordinators = frozenset(words("direction", "ellipsis")), frozenset(words("words", "coordinators"))   # "and", "or"
        self.joiners = self.ellipsis | self.coordinators
        self.from_words = frozenset(words("ranges", "from"))
        self.per = frozenset(words(sub, "per"))
        self.in_ = frozenset(words(sub, "in"))
        self.in_determined, self.in_determiners = frozenset(words(sub, "in_determined")), frozenset(words(sub, "in_determiners"))
        self.change_items = frozenset(words(sub, "change_items"))
        self.articles = frozenset(words("numbers", "article_one"))
        self.function = frozenset(words("words", "function"))
        self.count_modifiers = frozenset(words("words", "count_modifiers"))
        self.person_count_adverbs = frozenset(words(sub, "person_count_adverbs"))
        self.occurrences = frozenset(words("multipliers", "needs_before"))   # "применялось 3100 раз"
        self.baseline_links = Phrases(words("time", "baseline_figure"))
        self.restating = Phrases(words(sub, "restating_links"))
        self.record_verbs = frozenset(words(sub, "record_verbs"))
        self.event_verbs = Phrases(words(sub, "event_verbs"))
        self.year_parts = Phrases(lex.words("time", "year_parts") + lex.words("subject", "time_parts"))
        self.links = frozenset(w for p in words("time", "baseline_figure") for w in p.split()) | frozenset(words("words", "coordinators"))
        self.prepositions = frozenset(words("words", "prepositions"))
        self._read_change_nouns(lex)
        self.time_units = frozenset(words("not_claims", "time_units"))
        self.stay_units = frozenset(words("not_claims", "stay_units"))   # "674,521 nights": stays a count names
        # words between what changed and the amount, signs included ("доходы — плюс 2,5 млрд")
        self.range_from = frozenset(lex.words("ranges", "from"))   # "raised spending from 4.7% to 8.5%"
        self.range_to = frozenset(lex.words("ranges", "dashes"))   # "aged 15 to 24", "15-24"
        self.bridges = (frozenset(w for p in words("direction", "by") for w in p.split()) - self.of) \
            | frozenset(words("numbers", "plus") + words("numbers", "minus"))
        q = lex.data["qualifiers"]
        # as a sentence's tokens read them: "c." is "c" and "."
        self.qualifier_phrases = Phrases(regex.sub(r"(?<=\p{L})\.$", " .", w.lower())
                                         for w in q["approx"] + q["averages"] + q["at_least"] + q["at_most"])
        self.averages = Phrases(w.lower() for w in q["averages"])   # "цены в среднем увеличились": no part of the noun

    def _read_changes(self, lex: Lexicon) -> None:
        """The words of a change: its verbs, its size, period and speed, and what a share is of."""
        words = functools.partial(lex.words, "direction")
        self.change = frozenset(words("up") + words("down") + words("motion_verbs"))
        self.heading_down_nouns = frozenset(words("heading_down_nouns"))
        self.measure_changes = frozenset(words("measure_changes"))   # "natural increase": a measure's name
        self.change_degrees = frozenset(lex.words("subject", "change_degrees"))   # "an annual drop of 12.2%"
        self.object_only_endings = tuple(lex.words("subject", "object_only_endings"))   # "положительную динамику" is no subject
        self.change_rates = frozenset(lex.words("subject", "change_rates"))   # "grew at an annual rate of 3.2%"
        self.sector_prepositions = frozenset(lex.words("subject", "sector_prepositions"))
        self.share_of = frozenset(lex.words("subject", "share_of"))   # "четверть от всех сдававших"

    def _read_amounts(self, lex: Lexicon) -> None:
        """The words around an amount: what money is spent on, added to, is for ("$95 a tonne") or the measure
        before it, the nouns that only count what a clause names ("117 cases") and those a change is counted in ("12.5 points"),
        and the pronouns that stand for a measure said before ("and that of ...")."""
        words = functools.partial(lex.words, "subject")
        self.per_unit = frozenset(words("per") + lex.words("numbers", "article_one"))
        self.counting_nouns = frozenset(words("counting_nouns"))
        self.change_units = frozenset(words("change_units"))
        self.by_change_units = frozenset(words("by_change_units"))
        self.standing_for = frozenset(words("standing_for"))   # "and that of ...", "those of ..."
        self.compared_with = frozenset(words("compared_with_comparatives"))   # "в 1,9 раза выше средней"
        self.allocation_verbs = frozenset(words("allocation_verbs"))
        self.added_amount = frozenset(words("added_amount"))
        self.purpose = frozenset(words("purpose"))
        self.purpose_after_verb = Phrases(words("purpose_after_verb"))
        self.passive_infinitive = Phrases(words("passive_infinitive"))
        self.purpose_nouns = frozenset(words("purpose_nouns"))
        self.purpose_determined = frozenset(words("purpose_determined"))
        self.purpose_verbs = frozenset(words("purpose_verbs"))
        self.rank_words = frozenset(words("rank_words"))
        self.ranked_by = Phrases(words("ranked_by"))
        self.visit_verbs = frozenset(words("visit_verbs"))
        self.recipient_verbs = frozenset(words("recipient_verbs"))
        self.before_purpose = self.allocation_verbs | (frozenset(lex.words("words", "function")) - self.purpose - self.purpose_determined)
        self.measure_before = Phrases(words("measure_before"))
        self.with_measure, self.with_plans = frozenset(words("with_measure")), frozenset(words("with_plans"))
        self.measure_instrumentals = frozenset(words("measure_instrumentals"))
        self.participle_complements = frozenset(words("participle_complements"))
        self.cost_verbs = frozenset(words("cost_verbs"))

    def _read_change_nouns(self, lex: Lexicon) -> None:
        """The nouns of a change, and the words of a ranking's first place."""
        words = lex.words
        self.change_nouns = frozenset(words("direction", "up_nouns") + words("direction", "down_nouns"))
        self.measured_changes = frozenset(words("subject", "change_nouns_measured"))   # "growth": a measure of its own
        self.counted_changes = frozenset(words("direction", "counted_changes"))   # "13 hikes": what a count counts
        self.ranking_before, self.ranking_after = frozenset(words("words", "ranking_before")), Phrases(words("words", "ranking_after"))
        self.per_period = Phrases(words("words", "per_period"))   # "6,000 a year": a rate of events

    def _read_clauses(self, lex: Lexicon) -> None:
        """The words that open, join or set apart clauses and the phrases inside them."""
        words = functools.partial(lex.words, "subject")
        self.openers = Phrases(words("clause_openers"))
        self.time_emphasis = frozenset(words("time_emphasis"))
        self.fronted_superlatives = frozenset(words("fronted_superlatives"))
        self.lone_ranks = frozenset(words("lone_ranks"))
        self.date_headers = frozenset(lex.words("dates", "headers"))   # "date" of " date 2017-04-06", a stored page's header
        self.hold_verbs = frozenset(words("hold_verbs"))
        self.tally_verbs, self.tally_nouns = Phrases(words("tally_verbs")), frozenset(words("tally_nouns"))
        self.participle_aux = frozenset(words("participle_aux"))
        self.level_nouns = frozenset(words("level_nouns"))
        self.money_change_for = frozenset(words("money_change_for"))
        self.opener_words = self.openers.words()
        self.clause_words = Phrases(words("clause_words"))
        self.noun_asides = Phrases(words("noun_asides"))
        self.examples = Phrases(words("examples"))
        self.name_with = frozenset(words("name_with"))
        self.neutral_changes = frozenset(words("neutral_changes"))
        self.absolute_with = frozenset(words("absolute_with"))
        self.raising = frozenset(words("raising"))
        self.partitives = Phrases(words("partitives"))
        self.whole_before = Phrases(words("whole_before"))
        self.possessors = Phrases(words("possessors"))
        self.causes = Phrases(words("causes"))
        self.comparison_verbs = frozenset(words("comparison_verbs"))
        self.against = Phrases(lex.words("ranges", "against"))   # "compared with 2022": what a clause is compared with
        self.parentheticals = Phrases(words("parentheticals"))
        self.relatives = frozenset(words("relatives"))
        self.possessive_relatives = frozenset(words("possessive_relatives"))
        self.people_relatives = frozenset(words("people_relatives"))
        self.absolute = frozenset(words("absolute"))

    def _read_forms(self, lex: Lexicon) -> None:
        """The endings and exceptions by which a word is told a verb, a participle, an adjective, a
        plural or an adverb, in a language that marks them ("-лось", "-ованный"; "оружие" is a noun)."""
        words = functools.partial(lex.words, "subject")
        self.verb_suffixes = tuple(words("verb_suffixes"))
        self.participle_endings = tuple(words("participle_endings"))
        self.past_participle_endings = tuple(words("past_participle_endings"))
        self.plural_endings = tuple(words("plural_endings"))
        self.demonym_endings = tuple(words("demonym_endings"))
        self.adverb_endings = tuple(words("adverb_endings"))
        self.late_verb_endings = tuple(words("late_verb_endings"))
        self.not_verbs = frozenset(words("not_verbs"))
        self.noun_modifiers = frozenset(words("noun_modifiers"))
        self.object_verbs = frozenset(words("object_verbs"))
        # (verbs before a range's "from" or "between", and nouns elsewhere: "rates range from 3% to 9%", "a range of")
        self.range_verbs = frozenset(lex.words("ranges", "range_verbs"))
        self.figure_verbs = frozenset(words("figure_verbs"))
        self.range_openers = frozenset(lex.words("ranges", "from")) | frozenset(a for a, _ in lex.data["ranges"]["between"])
        self.possessive = tuple(lex.words("time", "possessive"))   # "state's": what follows it is the owned noun's phrase
        self.reduplication_links = frozenset(words("reduplication_links"))
        self.not_verb_endings = tuple(words("not_verb_endings"))
        self.adjective_endings = tuple(words("adjective_endings"))
        self.not_adjectives = frozenset(words("not_adjectives"))
        self.prepositional_case = frozenset(words("prepositional_case"))
        self.prepositional_adjective_endings = tuple(words("prepositional_adjective_endings"))
        self.phrase_goes_on_after = tuple(words("phrase_goes_on_after"))
        self.new_phrase_endings = tuple(words("new_phrase_endings"))

    def _read_measures(self, lex: Lexicon) -> None:
        """The words that tell what defines a measure and what joins an amount to it: places and
        dimensions, links ("in the amount of"), shares of a whole, verbs of status and predicates,
        the verbs after which a word is a verb or the object is what is measured, and the measures
        that imply a unit (an age's years, a rate's percent)."""
        words = functools.partial(lex.words, "subject")
        self.modals = frozenset(words("modals"))
        self.perception_verbs = frozenset(words("perception_verbs"))
        self.change_owner_verbs = frozenset(words("change_owner_verbs"))
        self.superlatives = frozenset(words("superlatives"))
        self.places = frozenset(words("places"))
        self.measure_adjectives = frozenset(words("measure_adjectives"))
        self.judging_adjectives = frozenset(words("judging_adjectives"))
        self.locatives = frozenset(words("locatives"))
        self.infinitive = frozenset(words("infinitive"))
        self.raising_verbs = frozenset(words("raising_verbs"))
        self.seeing_verbs = frozenset(words("seeing_verbs"))
        self.hold_links = frozenset(words("hold_links"))
        self.intensifiers = Phrases(lex.words("words", "intensifiers"))
        self.changed_participles = tuple(words("changed_participles"))
        self.held_states = frozenset(words("held_states"))
        self.raised_infinitives = frozenset(words("raised_infinitives"))
        self.amount_links = Phrases(words("amount_links"))
        self.ranked_before = Phrases(words("ranked_before"))
        self.money_links = Phrases(words("money_links"))
        self.share_verbs = Phrases(words("share_verbs"))
        self.share_to = Phrases(words("share_to"))
        self.share_to_pairs = frozenset(tuple(v.split()) for v in words("share_to") if len(v.split()) == 2)   # ("пришлось", "на")
        self.restating_words = frozenset(lex.words("words", "restating"))   # "46,7% или 2 060,2 млн сомони"
        self.whole_markers = frozenset(words("whole_markers"))
        self.motion = frozenset(lex.words("direction", "motion_verbs"))   # "edged up to 40.0": no object
        self.object_changers = frozenset(lex.words("direction", "object_up") + lex.words("direction", "object_down"))   # "cut the budget 44 percent"
        self.age_nouns = frozenset(words("age_nouns"))   # "the median age ... 40.0": in years
        self.apart_from = Phrases(words("apart_from"))   # "$202 million excluding amortisation": no noun of its own
        self.against_plan = Phrases(words("against_plan"))   # "$11.7 million above plan": compared, no noun of its own
        self.percent_measures = Phrases(words("percent_measures"))   # "the participation rate ... 67.2": in percent
        self.index_percent_measures = Phrases(words("index_percent_measures"))   # "индекс цен ... 103,7": in percent
        self.money_measures = Phrases(words("money_measures"))   # "ВРП вырос почти на 50 миллиардов": in the text's currency
        self.after_amount, self.not_after_amount = Phrases(words("after_amount")), Phrases(words("not_after_amount"))
        self.phrase_ends = Phrases(words("phrase_ends"))
        self.topic_prepositions = frozenset(words("topic_prepositions"))
        self.fronted_topics = frozenset(words("fronted_topics"))
        self.bare_topics = frozenset(words("bare_topics"))
        self.status_verbs = frozenset(words("status_verbs"))
        self.auxiliaries = Phrases(words("auxiliaries"))
        self.perfect_auxiliaries = frozenset(words("perfect_auxiliaries"))
        self.progressive_auxiliaries = frozenset(words("progressive_auxiliaries"))
        self.progressive_endings = tuple(words("progressive_endings"))
        self.present_participle_endings = tuple(words("present_participle_endings"))
        self.participle_openers = frozenset(words("participle_openers"))
        self.participle_clauses = frozenset(words("participle_clauses"))
        self.aside_levels = frozenset(words("aside_levels"))
        self.adverb_only_endings = tuple(words("adverb_only_endings"))
        self.object_articles = frozenset(lex.words("time", "articles"))
        self.short_participle_endings = tuple(words("short_participle_endings"))
        self.masculine_participle_endings = tuple(words("masculine_participle_endings"))

    def is_verb(self, t: Tok) -> bool:
        """A verb by the word lists (a change word included), or (where the language marks them) by its ending."""
        return t.low in self.change or self._verb_word(t.low)

    def _verb_word(self, word: str) -> bool:
        """A verb by the verb and speech lists, or by its ending (a short passive participle too: "отмечена")."""
        return word in self.verbs or word in self.speech_words \
            or len(word) > 5 and word.endswith(self.verb_suffixes) and not self.noun_shaped(word) or self.short_participle(word)

    def verb_at(self, toks: Sequence[Tok], i: int) -> bool:
        """Is toks[i] a verb here? Where word order marks verbs, not a word right after a preposition ("the
        share of live births"), nor a plural that a verb's list shares right before a change verb or a
        copula ("housing starts rose", "urban starts were") or opening its phrase before a preposition ("Starts of urban
        projects fell", "Visits from mainland Europe grew", "Housing starts in Halifax rose")."""
        if not self.is_verb(toks[i]):
            if toks[i].low in self.range_verbs:   # "rates range from"; "rates range | 9.9%": before a figure, its "from" passed over
                return i + 1 < len(toks) and toks[i + 1].low in self.range_openers \
                    or i + 1 == len(toks) and i > 0 and toks[i - 1].low.endswith(self.plural_endings)
            if toks[i].low in self.figure_verbs:   # "appropriations (for 2016) total | $96.977 million", "expenditures total more than |"
                j = i - 1
                while j > 0 and (toks[j].timed or toks[j].low in self.prepositions):
                    j -= 1
                return 0 <= j < i and toks[j].low.endswith(self.plural_endings) and i + 1 + self.qualifier_phrases.at(toks, i + 1) == len(toks)
            if toks[i].low in self.object_verbs:
                # "Tourism generated $80 million", the figure next (not "revenue generated by tourism")
                return i + 1 == len(toks) or self._object_after(toks, i + 1)
            # "€4.8 million bringing the total to ...", "$244m contributing 46.7 percent": a present participle
            # before an article or a figure takes an object (not after a preposition: "offences of carrying a knife")
            return bool(self.present_participle_endings) and toks[i].low.endswith(self.present_participle_endings) \
                and self._object_after(toks, i + 1) and not (i > 0 and toks[i - 1].low in self.prepositions)
        if self.verbs_by_word_order and i > 0 and toks[i - 1].low in self.prepositions and toks[i - 1].low not in self.infinitive \
                and not ((n := self.age_after.ending_at(toks, i - 1)) and i > n and toks[i - 1 - n].text[:1].isdigit()):
            return False   # "the share of live births": a word right after a preposition is no verb (but "to rise", and "aged 85
            # and over was": an age's bound)
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if toks[i].low in self.noun_modifiers and nxt is not None and nxt.is_word and nxt.low not in self.function and not self.is_verb(nxt):
            return False   # "61,178 live births": the noun's modifier
        low = toks[i].low
        if not self.verbs_by_word_order or not low.endswith(self.plural_endings) or low in self.function \
                or self.auxiliaries.at(toks, i) or low in self.copulas:
            return True   # not "has" of "has increased"
        if i > 0 and toks[i - 1].low in self.singular_subjects:
            return True   # "This follows falls of 7.7 percent": no plural noun after "this"
        opens = i == 0 or toks[i - 1].low in self.determiner_words or toks[i - 1].low in self.noun_modifiers   # "Housing starts in Halifax rose"
        return not (nxt is not None and (nxt.low in self.change or nxt.low in self.copulas or opens and nxt.low in self.prepositions))

    def _object_after(self, toks: Sequence[Tok], j: int) -> bool:
        """Does an object open at toks[j]: an article, or a figure after its qualifier ("around 20 percent", "$5m")?"""
        if j < len(toks) and toks[j].low in self.object_articles:
            return True
        j += self.qualifier_phrases.at(toks, j)
        return j < len(toks) and not toks[j].is_word and _FIGURE_OPENS.match(toks[j].text) is not None

    def past_whole(self, toks: Sequence[Tok], j: int) -> int:
        """Where what a part and its whole both count starts, past the whole's words and number at toks[j] ("out of
        40,350 | cases", "из 40 350 | дел": groups of three digits after a space are one number); 0 when none stands there."""
        k = j + self.whole_before.at(toks, j)
        if k == j or k >= len(toks) or not toks[k].text[0].isdigit() or toks[k].timed:
            return 0
        k += 1
        while k < len(toks) and len(toks[k].text) == 3 and toks[k].text.isdigit() and toks[k].start == toks[k - 1].end + 1:
            k += 1
        return k

    def reduplicated(self, word: str) -> bool:
        """Is ``word`` a noun, a link and the noun again: an adverb ("quarter-on-quarter", "period-over-period")?"""
        parts = word.split("-")
        return len(parts) == 3 and parts[0] == parts[2] and parts[1] in self.reduplication_links

    def present_participle(self, word: str) -> bool:
        """Is ``word`` a present participle by its ending ("contributing", "combining"; not a short word, "king")?"""
        return bool(self.present_participle_endings) and word.endswith(self.present_participle_endings) and len(word) > 5

    def participle_from(self, toks: Sequence[Tok]) -> bool:
        """Are ``toks`` a present participle and the "from" of a figure after it (", going from 300 to 900")? Short
        ones count here: the "from" and the figure make them verbs."""
        return len(toks) == 2 and bool(self.present_participle_endings) and toks[0].low.endswith(self.present_participle_endings) \
            and len(toks[0].low) > 4 and toks[1].low in self.range_from

    def lead_noun(self, noun: str, before: str) -> bool:
        """Is ``noun`` (lower case), after ``before``, the plural noun that ends a list's lead before its colon ("The
        remaining houses include:"): no function word, no verb, and after no function word but a determiner (not "as
        follows:", "He said this:")?"""
        return noun.endswith(self.plural_endings) and noun not in self.function and not self.verb_shaped(noun) \
            and (before not in self.function or before in self.determiner_words)

    def verb_shaped(self, word: str) -> bool:
        """Has ``word`` a verb's ending (Russian "сократилось", "выросли")?"""
        return len(word) > 5 and word.endswith(self.late_verb_endings) and not self.noun_shaped(word)

    def names_no_thing(self, word: str) -> bool:
        """A word that cannot name what a figure counts on its own: an adverb ("provisionally") or, where
        word order does not mark verbs, a verb by the word lists or its ending ("сократилось",
        "предусмотрели", "отмечена"; English "458 commits" and "spending" are nouns there)."""
        return self.adverb(word) or not self.verbs_by_word_order and (word in self.allocation_verbs or self._verb_word(word))

    def short_participle(self, word: str) -> bool:
        """A short passive participle, a predicate by itself ("отмечена", "предусмотрены"), by its ending."""
        return len(word) > SHORT_PARTICIPLE and word.endswith(self.short_participle_endings) and not self.noun_shaped(word)

    def noun_shaped(self, word: str) -> bool:
        """A noun with a verb's ending: "бюджет", "показатели"."""
        return word in self.not_verbs or word.endswith(self.not_verb_endings)

    def leaves_out(self, toks: Sequence[Tok], i: int) -> bool:
        """Does toks[i] open what a figure leaves out ("excluding land", "кроме сырого"; not "including", an example)?"""
        return bool(self.apart_from.at(toks, i)) and not self.examples.at(toks, i)

    def adverb(self, word: str) -> bool:
        """An adverb by its ending ("internationally", "initially"; not "tally")."""
        return len(word) > ADVERB_LONGER and word.endswith(self.adverb_only_endings)

    def participle(self, word: str) -> bool:
        """A past participle by its ending ("killed", "taken")."""
        return word.endswith(self.past_participle_endings) and len(word) > 4

    def compound_head(self, toks: Sequence[Tok], k: int) -> bool:
        """Does a head at toks[k] follow a noun that makes it a measure of its own ("detection rate of")?"""
        if not self.compound_heads.at(toks, k) or k == 0:
            return False
        before = toks[k - 1]
        return before.is_word and not before.timed and before.low not in self.function \
            and before.low not in self.determiner_words and before.low not in self.head_modifiers

    def adjective(self, word: str) -> bool:
        """An adjective by its ending, in a language that marks them."""
        return self.adjectives_by_ending and word.endswith(self.adjective_endings) and word not in self.not_adjectives

    def adjective_after(self, preposition: str, word: str) -> bool:
        """An adjective after ``preposition``, by the endings of the case it governs too ("в частном секторе")."""
        return self.adjective(word) or preposition in self.prepositional_case and word.endswith(self.prepositional_adjective_endings) \
            and len(word) > 3   # (not the pronoun "при ней")

    def late_verb(self, toks: Sequence[Tok], i: int) -> bool:
        """Is toks[i], after the first word of a noun phrase, a verb? By its ending (Russian), or
        because an article or an adverb follows it (English "trust the police", "work illegally")."""
        t = toks[i]
        if len(t.text) > 1 and t.text.isupper() or self.possessive and i > 0 and toks[i - 1].low.endswith(self.possessive):
            return False   # an acronym ("the latest NI seasonally adjusted rate"); after a possessive ("Missouri's smoothed seasonally adjusted rate")
        if self.verb_shaped(t.low):
            return True
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        return nxt is not None and nxt.is_word and not nxt.timed and (   # not "forest fires this year"
            nxt.low in self.object_markers
            or self.verbs_by_word_order and nxt.low.endswith(self.adverb_endings) and len(nxt.low) > 4
            and nxt.low not in self.head_modifiers)   # not "average gross monthly earnings"

    def change_alone(self, phrase: Sequence[Tok]) -> bool:
        """Is ``phrase`` a change's noun with only its degree before it, maybe after a verb's participle ("an annual
        increase", "(recorded) impressive growth"; not "projected growth")? What changed is named elsewhere."""
        words = [t.low for t in phrase]
        while len(words) > 2 and self.participle(words[0]):
            words = words[1:]
        return bool(words) and words[-1] in self.change_nouns and all(x in self.change_degrees for x in words[:-1])

    def is_reference(self, phrase: Sequence[Tok], change_noun: bool = False) -> bool:
        """Does the phrase stand for something said before ("this figure", "то в этом их число";
        with ``change_noun``, also "the decline" of "the decline was 10%")?"""
        words = tuple(t.low for t in phrase if t.is_word)
        if change_noun and len(words) == 1 and words[0] in self.change_nouns:
            return True
        n = self.reference_phrases.ending_at(words, len(words) - 1) if words else 0
        if not n:
            return False
        rest = words[:len(words) - n]
        while rest and (rest[-1] in self.prepositions or self.determiners.ending_at(rest, len(rest) - 1)):
            rest = rest[:-1]
        return not any(w not in self.function for w in rest)  # "ущерб от них" names its own noun

    def qualifies_number(self, toks: Sequence[Tok], i: int) -> bool:
        """Does a qualifier start at toks[i] and a number follow it ("... почти на 12%", "over KES265 billion")?"""
        n = self.qualifier_phrases.at(toks, i)
        while n and i + n < len(toks) and toks[i + n].low in self.bridges:
            n += 1
        return bool(n) and i + n < len(toks) and (toks[i + n].text[0].isdigit() or toks[i + n].low in self.lex.spelled_number_words
                                                  or GLUED_AMOUNT.fullmatch(toks[i + n].text) is not None)


@functools.lru_cache(maxsize=None)
def subject_words(lex: Lexicon) -> SubjectWords:
    return SubjectWords(lex)

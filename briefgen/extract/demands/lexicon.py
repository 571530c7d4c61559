"""Word lists behind the demands extractor, grouped by the role a word plays.

Kept apart from the matching code so that coverage can be extended by
category (a new appeal verb, a new norm a party can violate) without touching
the rules. Everything is a lemma (lower case) unless said otherwise. The
categories follow CAMEO/PLOVER, which the demands eval is coded in: a demand
voiced *through* a protest is a protest, a rejected accusation is a denial.
"""

from __future__ import annotations

#: Verbs that make a demand when they take a content complement. The value says
#: whether the verb's direct object is the *addressee* ("urged Uganda to …")
#: rather than the thing demanded ("demanded immediate elections").
DEMAND_VERBS: dict[str, bool] = {
    "demand": False,
    "request": False,
    "seek": False,
    "insist": False,
    "urge": True,
    "ask": True,
    "press": True,
    "push": True,
    "pressure": True,
    "pressurize": True,
    "require": True,
    "tell": True,
    "want": True,
    "order": True,
    "command": True,
    "instruct": True,
    "implore": True,
    "beg": True,
    "exhort": True,
    "petition": True,
    "call": True,
    "appeal": True,
    "plead": True,
    "beseech": True,
    "entreat": True,
    "challenge": True,  # "challenged the Tories to publish …": a dare to act, only with an infinitive (below)
    "warn": True,  # "warned the BBC to steer away from …": a directive with a threat behind it, only with an infinitive
}

#: Verbs that only count with an explicit infinitive or ``for``/``that``
#: complement, never with a bare object ("told reporters", "asked about",
#: "wants peace" is a wish, "ordered patrols" a deployment).
NEEDS_CLAUSE_COMPLEMENT: frozenset[str] = frozenset(
    {
        "ask", "tell", "want", "order", "command", "instruct", "require", "press", "push", "call", "appeal", "plead",
        "pressure", "pressurize", "petition", "insist", "challenge", "warn",
    }
)

#: Verbs that demand only with an infinitive: "challenged the Tories to publish the report" dares them to act;
#: "challenge for the medals" competes and "challenged Thatcher for the leadership" contests; "warned Mr Brown not
#: to be tempted" tells him what to do, but "warned that …" and "warned of …" foretell (a threat or a forecast).
INFINITIVE_ONLY: frozenset[str] = frozenset({"challenge", "warn"})

#: Warning verbs, which demand with an infinitive or with a clause of obligation ("warned ministers that they should
#: prepare themselves", "warned his side they must eradicate the errors") and foretell with any other clause
#: ("warned the era of low inflation may be coming to an end").
WARNING_VERBS: frozenset[str] = frozenset({"warn"})

#: Verbs whose addressee only a preposition introduces ("called on X",
#: "appealed to X", "pleaded with X"): with a direct object they phone or name
#: ("called Erdogan to discuss …", "called them nutters").
PREPOSITIONAL_ADDRESSEE: frozenset[str] = frozenset({"call", "appeal", "plead"})

#: Prepositions that introduce the addressee of a demand verb
#: ("call on X", "appeal to X", "plead with X", "demand from X").
ADDRESSEE_PREPS: dict[str, frozenset[str]] = {
    "call": frozenset({"on", "upon"}),
    "appeal": frozenset({"to"}),
    "plead": frozenset({"with"}),
    "demand": frozenset({"from", "of"}),
    "request": frozenset({"from", "of"}),
    "seek": frozenset({"from"}),
    "ask": frozenset({"of"}),
    "press": frozenset({"on"}),
}

#: Prepositions whose object is the thing demanded ("call for a ceasefire",
#: "insist on guarantees", "ask for aid").
CONTENT_PREPS: frozenset[str] = frozenset({"for", "on"})

#: Nouns that name a demand ("Russia's demands", "calls by Annan for …").
DEMAND_NOUNS: frozenset[str] = frozenset(
    {"demand", "call", "appeal", "request", "plea", "ultimatum", "petition", "insistence"}
)

#: Adjectives of size or trend, which make "demand" a quantity bought, not a claim on someone ("growing demand for
#: cars", "strong consumer demand"): the market sense a business page uses most.
QUANTITY_ADJECTIVES: frozenset[str] = frozenset(
    {
        "growing", "rising", "increasing", "soaring", "surging", "strong", "robust", "buoyant", "healthy", "high", "huge",
        "weak", "weaker", "weakening", "falling", "slowing", "sluggish", "flat", "low", "lower", "higher", "stronger",
        "domestic", "global", "worldwide", "consumer", "overall", "underlying", "seasonal", "peak", "pent-up",
    }
)
#: Nouns naming the market whose "demand" it is ("consumer demand", "oil demand", "export demand").
MARKET_NOUNS: frozenset[str] = frozenset(
    {"consumer", "customer", "market", "export", "import", "oil", "energy", "fuel", "gas", "power", "electricity", "housing", "travel", "retail"}
)
#: Verbs whose object "demand" is a quantity to be met or moved ("meet demand", "fuel demand", "curb demand").
QUANTITY_OBJECT_VERBS: frozenset[str] = frozenset(
    {"meet", "satisfy", "supply", "boost", "fuel", "stimulate", "spur", "dampen", "curb", "cool", "outstrip", "exceed", "match", "keep", "drive"}
)
#: Verbs of rising and falling whose subject "demand" is a quantity ("demand rose", "demand dipping").
QUANTITY_CHANGE_VERBS: frozenset[str] = frozenset(
    {"rise", "fall", "dip", "drop", "grow", "slow", "increase", "decrease", "decline", "weaken", "strengthen", "soar",
     "surge", "slump", "plunge", "recover", "pick", "outpace"}
)

#: Verbs that *voice* a demand noun: their subject is the demander
#: ("reiterated its demand that Israel …", "issued an appeal to …").
VOICING_VERBS: frozenset[str] = frozenset(
    {
        "make", "issue", "reiterate", "renew", "repeat", "voice", "put", "present", "submit", "send",
        "deliver", "lodge", "file", "press", "step", "launch", "restate", "stress", "underline", "echo",
        "raise", "sign", "hand", "give", "set", "post", "serve",
    }
)

#: Nouns for things one party puts to another and the other can turn down.
PROPOSAL_NOUNS: frozenset[str] = DEMAND_NOUNS | frozenset(
    {
        "proposal", "offer", "plan", "condition", "term", "idea", "suggestion", "invitation", "bid",
        "initiative", "overture", "resolution", "draft", "peace", "deal", "agreement", "accord", "compromise",
        "settlement", "package", "approach", "request", "application", "motion", "ceasefire", "truce",
        "proposition", "recommendation", "advice", "mediation", "talk", "negotiation", "help", "aid",
        "assistance", "pressure",
    }
)

#: Objects of a response that point back at a demand reported earlier
#: ("rejected the demands", "accepted the conditions", "dismissed it").
REFERRING_NOUNS: frozenset[str] = DEMAND_NOUNS | frozenset({"proposal", "condition", "term", "precondition"})
REFERRING_PRONOUNS: frozenset[str] = frozenset({"it", "them", "this", "these", "those", "that"})

#: Verbs that turn something down whatever the object ("rejected a US offer").
REJECT_VERBS: frozenset[str] = frozenset({"reject", "refuse", "rebuff", "spurn", "veto", "repudiate", "defy", "snub"})

#: Nouns of refusing, the noun frame of the verbs above ("Cuba's refusal to engage").
REFUSAL_NOUNS: frozenset[str] = frozenset({"refusal", "rejection", "veto", "repudiation"})

#: Verb + particle pairs that turn something down ("ruled out talks").
PHRASAL_REJECTS: frozenset[tuple[str, str]] = frozenset(
    {("rule", "out"), ("turn", "down"), ("brush", "aside"), ("brush", "off"), ("shrug", "off"), ("wave", "off"), ("wave", "away"), ("write", "off")}
)

#: Breaking off an engagement or annulling a commitment turns it down
#: (PLOVER REJECT: cancelled visits, walkouts, reneging on a deal, quashing an
#: order). The value is the particle or preposition the verb needs before its
#: object, or ``None`` for a direct object ("cancelled a planned visit",
#: "walked out of the talks", "reneged on the accord").
WITHDRAWAL_VERBS: dict[str, frozenset[str | None]] = {
    "cancel": frozenset({None}),
    "scrap": frozenset({None}),
    "annul": frozenset({None}),
    "revoke": frozenset({None}),
    "rescind": frozenset({None}),
    "quash": frozenset({None}),
    "overturn": frozenset({None}),
    "abrogate": frozenset({None}),
    "abandon": frozenset({None}),
    "quit": frozenset({None}),
    "leave": frozenset({None}),
    "boycott": frozenset(),  # a protest (CAMEO 14), listed so that nobody adds it
    "renege": frozenset({"on"}),
    "walk": frozenset({"out", "out of"}),
    "storm": frozenset({"out", "out of"}),
    "pull": frozenset({"out of"}),
    "withdraw": frozenset({"from"}),
    "break": frozenset({"off"}),
    "call": frozenset({"off"}),
    "tear": frozenset({"up"}),
}

#: What one can break off or annul: meetings and visits, agreements, orders.
ENGAGEMENT_NOUNS: frozenset[str] = frozenset(
    {
        "visit", "trip", "meeting", "talk", "summit", "negotiation", "conference", "session", "dialogue", "consultation",
        "agreement", "accord", "deal", "treaty", "pact", "contract", "order", "ruling", "decision", "resolution",
        "decree", "ceasefire", "truce", "commitment", "pledge", "promise", "invitation",
    }
)

#: "denied him entry" turns down a request; "denied the charges" is a denial.
PERMISSION_NOUNS: frozenset[str] = frozenset(
    {"access", "entry", "permission", "visa", "passage", "admittance", "asylum", "clearance", "request", "application", "right", "permit", "landing"}
)

#: Future and volitional auxiliaries: "will not release", "won't lift",
#: "would never accept" announce a refusal when an actor is the subject.
VOLITIONAL_AUX: frozenset[str] = frozenset({"will", "wo", "would", "shall", "'ll"})

#: Heads of a clause that make it a belief or a forecast, not an announcement:
#: "he was sure the Budget would not put … at risk", "expects they won't sign".
EPISTEMIC_HEADS: frozenset[str] = frozenset(
    {
        "sure", "certain", "confident", "convinced", "likely", "unlikely", "possible", "probable", "believe", "think",
        "expect", "hope", "doubt", "predict", "fear", "suspect", "guess", "assume", "suppose", "bet", "reckon", "feel",
    }
)

#: Verbs whose announced negation warns rather than refuses ("will not
#: tolerate", "will not hesitate to"): CAMEO codes them as threats.
WARNING_NEGATIONS: frozenset[str] = frozenset({"tolerate", "hesitate", "stand", "forget", "forgive", "rest"})

#: Verbs whose subject holds, undergoes or perceives rather than acts: "will not have a left-back", "will not
#: face charges", "won't see them again", "will not receive the ballot", "would not lose any sleep". Their
#: negation forecasts a state; nobody can refuse it. In the 2,127 distinct BBC texts every announced refusal
#: with one of these verbs (18 in 15 texts) was such a forecast.
UNDERGOING_VERBS: frozenset[str] = frozenset(
    {"have", "face", "see", "hear", "receive", "get", "lose", "win", "contain", "suffer", "need", "know", "feel", "undergo"}
)

#: Verbs of opposing whose announced negation lets something happen ("would not block the
#: deal", "would not oppose the purchase", "will not contest the election"): standing aside
#: is no refusal, as "did not reject" is none.
OPPOSING_VERBS: frozenset[str] = frozenset({"block", "oppose", "contest", "challenge", "obstruct"})

#: Verbs that reject only a proposal-like object or an infinitive: "dismissed
#: the minister" is a firing, "declined to comment" a non-answer.
GUARDED_REJECT_VERBS: frozenset[str] = frozenset({"dismiss", "decline", "ignore", "disregard", "resist"})

#: Infinitives after refuse/decline that are non-answers, not rejections.
NON_ANSWERS: frozenset[str] = frozenset(
    {"comment", "elaborate", "say", "discuss", "confirm", "disclose", "identify", "name", "give", "speculate", "specify", "reveal", "answer"}
)

#: Verbs of accepting: with a negation they reject ("will not accept refugees");
#: with a demand-like object and no negation they are a positive response.
ACCEPT_VERBS: frozenset[str] = frozenset(
    {"accept", "agree", "allow", "permit", "heed", "comply", "meet", "grant", "concede", "yield", "fulfil", "fulfill", "satisfy", "welcome", "honor", "honour", "recognize", "recognise", "endorse", "approve"}
)

#: Of those, the ones that only reject when negated ("did not allow",
#: "would not recognise") — without a negation they are not responses at all
#: unless their object is a demand.
NEGATED_ONLY: frozenset[str] = frozenset({"allow", "permit", "recognize", "recognise", "endorse", "approve", "welcome"})

#: "fail to reach agreement" is a rejection (CAMEO 12); "fail to stop attacks" is not.
FAILED_AGREEMENT_VERBS: frozenset[str] = frozenset({"reach", "agree", "strike", "conclude", "sign", "find", "secure", "clinch"})

#: Breaking a norm is a rejection when the object is one ("violated a ban", CAMEO 128
#: "defy norms, law"). A ceasefire, truce or armistice is not among them: violating one
#: is fighting (CAMEO 196 "violate ceasefire", under 19 FIGHT; PLOVER ASSAULT), not
#: turning anything down.
VIOLATE_VERBS: frozenset[str] = frozenset({"violate", "breach", "flout", "break", "defy"})
NORM_NOUNS: frozenset[str] = frozenset(
    {
        "ban", "agreement", "accord", "deal", "resolution", "embargo", "law",
        "rule", "order", "curfew", "treaty", "sanction", "ruling", "decision", "convention", "pact", "moratorium",
        "blockade", "injunction", "norm", "call", "demand", "ultimatum",
    }
)

#: Rejected objects that make the act a denial (CAMEO 016), not a rejection.
ACCUSATION_NOUNS: frozenset[str] = frozenset(
    {"accusation", "allegation", "charge", "claim", "report", "criticism", "rumor", "rumour", "assertion", "speculation"}
)
#: "rejected as baseless …": an adjective in this list also marks a denial.
DENIAL_ADJECTIVES: frozenset[str] = frozenset(
    {"baseless", "unfounded", "groundless", "false", "untrue", "absurd", "lie", "lies", "fabrication", "slander", "nonsense", "propaganda", "ridiculous", "fabricated"}
)

#: Verbs that report speech: "X said Y must …" makes X the demander.
REPORTING_VERBS: frozenset[str] = frozenset(
    {
        "say", "announce", "declare", "state", "insist", "tell", "stress", "add", "remind", "reiterate",
        "emphasize", "emphasise", "assert", "maintain", "argue", "write", "note", "repeat", "underline",
        "affirm", "proclaim", "signal", "indicate", "make",
    }
)

#: Predicates of necessity: "said a reform *was needed*", "… *is essential*".
NECESSITY_VERBS: frozenset[str] = frozenset({"need", "require"})
NECESSITY_ADJECTIVES: frozenset[str] = frozenset(
    {"necessary", "needed", "essential", "imperative", "vital", "required", "crucial", "indispensable", "urgent"}
)

#: Nouns carrying reported speech ("a stern reminder to Iraq that it must …").
REPORTING_NOUNS: frozenset[str] = frozenset({"reminder", "message", "statement", "letter", "note", "warning", "declaration"})

#: Documents that voice their issuer's demand ("a resolution demanding …", "an order calling for …").
DOCUMENT_NOUNS: frozenset[str] = REPORTING_NOUNS | frozenset(
    {"resolution", "motion", "order", "petition", "bill", "decree", "report", "paper", "communique", "ruling", "amendment", "lawsuit", "complaint"}
)

#: Words that turn a reported clause into an obligation on its subject.
OBLIGATION_MODALS: frozenset[str] = frozenset({"must", "should"})
OBLIGATION_VERBS: frozenset[str] = frozenset({"need", "have"})

#: Protest verbs and nouns (CAMEO 14): a demand voiced through them is a protest.
PROTEST_VERBS: frozenset[str] = frozenset(
    {"protest", "demonstrate", "rally", "march", "riot", "picket", "chant", "strike", "boycott", "block", "occupy", "blockade", "sit"}
)
PROTEST_NOUNS: frozenset[str] = frozenset(
    {"protest", "demonstration", "rally", "march", "strike", "riot", "sit", "vigil", "blockade", "walkout", "boycott", "protester", "protestor", "demonstrator", "marcher", "rioter", "striker", "picket"}
)

#: Subordinators that make a clause hypothetical; events inside are not reported as having happened.
HYPOTHETICAL_MARKS: frozenset[str] = frozenset({"if", "unless", "until", "whether", "lest"})

#: Verbs whose infinitive is not (yet) done: "threatened to walk out",
#: "plans to demand", "vowed to veto" — a threat, a plan or a promise.
IRREALIS_HEADS: frozenset[str] = frozenset(
    {
        "threaten", "plan", "intend", "consider", "vow", "pledge", "promise", "hope", "try", "attempt",
        "prepare", "propose", "aim", "mull", "weigh", "contemplate", "warn", "expect", "want", "wish",
    }
)

#: Passive forecasts whose infinitive has not happened: "is tipped to ask", "is expected to demand".
FORECAST_PASSIVES: frozenset[str] = frozenset({"tip", "expect", "set", "schedule", "slate", "due", "predict", "forecast", "poise"})

#: Verbs that deny what their complement reports: "denied that he was ruling out …".
DENIAL_VERBS: frozenset[str] = frozenset({"deny", "refute"})

#: Prepositions that negate the act they govern: "supplied fuel *without* asking for payment".
NEGATING_PREPS: frozenset[str] = frozenset({"without"})

#: Modals that make a clause speculative ("may reject the plan"); "will not accept" stays a rejection.
SPECULATIVE_MODALS: frozenset[str] = frozenset({"may", "might", "could"})

#: Modals of ability or permission: "can demand compensation" says someone is able to,
#: not that they did; negated ("cannot accept") they refuse.
ABILITY_MODALS: frozenset[str] = frozenset({"can", "ca"})

#: Marks of an advcl that states a condition of a demand ("… before they demobilise").
CONDITION_MARKS: frozenset[str] = frozenset({"before", "unless", "until", "if", "once"})
#: Verbs that, joined by "or" to what is demanded, state what happens if it
#: is not done: "release them within 48 hours *or face* sanctions".
CONSEQUENCE_VERBS: frozenset[str] = frozenset({"face", "risk"})

#: Prepositions that set a deadline when their object is a time ("within 48
#: hours", "by Friday", "before the end of the month").
DEADLINE_PREPS: frozenset[str] = frozenset({"within", "by", "before", "until", "till"})
#: Time nouns a deadline can be counted in when the tagger marks no date.
TIME_NOUNS: frozenset[str] = frozenset(
    {"hour", "day", "week", "month", "year", "midnight", "noon", "deadline", "end", "weekend", "morning", "evening", "tonight", "tomorrow"}
)

#: Nouns after "as a …"/"on …" that state a condition ("as a condition for a ceasefire").
CONDITION_NOUNS: frozenset[str] = frozenset({"condition", "precondition", "prerequisite", "requirement", "price"})
#: Nouns after "in …" that state a condition ("in exchange for …", "in return for …").
EXCHANGE_NOUNS: frozenset[str] = frozenset({"exchange", "return"})

#: Nouns for texts and rules, which oblige or permit but do not demand or answer
#: ("the law requires …", "a plan that will not allow …").
NON_AGENT_NOUNS: frozenset[str] = frozenset(
    {
        "law", "rule", "regulation", "constitution", "treaty", "agreement", "deal", "accord", "plan", "resolution",
        "bill", "policy", "code", "statute", "contract", "directive", "decree", "measure", "proposal", "program",
        "programme", "scheme", "legislation", "act", "clause", "provision", "situation", "system", "process",
        "framework", "charter", "convention", "guideline", "standard", "requirement", "condition", "budget",
    }
)

#: Honorifics are part of how a name is written, not a role ("Mr Leigh").
HONORIFICS: frozenset[str] = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "mr.", "mrs.", "ms.", "dr.", "m.", "mme"})

#: Entity labels that name actors.
ACTOR_ENTITY_LABELS: frozenset[str] = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})

#: Pronouns that point at the speaker; "we must …" is a pledge, not a demand.
FIRST_PERSON: frozenset[str] = frozenset({"i", "we", "me", "us", "myself", "ourselves"})
RELATIVE_PRONOUNS: frozenset[str] = frozenset({"who", "which", "that", "whom"})
#: Pronouns for an unnamed person: they can demand, but name no demander ("Someone … demanded").
INDEFINITE_PERSONS: frozenset[str] = frozenset({"someone", "somebody", "anyone", "anybody", "everyone", "everybody"})

#: Measures that punish a party: a call for them against someone is hostility toward
#: that party, not a demand of anyone ("called for sanctions against China").
PUNITIVE_NOUNS: frozenset[str] = frozenset({"sanction", "embargo", "boycott", "punishment", "penalty", "reprisal", "retaliation"})

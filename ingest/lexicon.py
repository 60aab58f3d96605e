"""Words that carry events in French and English: triggers, cues, modality markers.

Triggers are keyed by lemma (lowercase) and name what the word can express; the parse decides
the arguments. Lists are by meaning, not by sentence: they hold the verbs and nouns the press uses
for each kind of event, in both languages.
"""

from __future__ import annotations

import functools
import re

# -- contacts --------------------------------------------------------------------------------------
# lemma -> kind of contact: "talk" (CALL with a phone cue, else MEET), "call" (always CALL),
# "meet", "host" (MEET, the subject hosts the object), "visit" (VISIT to a place or actor),
# "go" (VISIT only with a destination: se rendre à, travel to).
CONTACT_VERBS = {
    "fr": {
        "entretenir": "talk", "échanger": "talk", "discuter": "talk", "parler": "talk",
        "dialoguer": "talk", "négocier": "talk", "converser": "talk", "s'entretenir": "talk",
        "débattre": "talk", "plancher": "talk",
        "téléphoner": "call", "appeler": "call", "joindre": "call",
        "rencontrer": "meet", "retrouver": "meet", "voir": "meet", "dîner": "meet", "déjeuner": "meet",
        "côtoyer": "meet", "rejoindre": "meet", "réunir": "meet", "passer": "meet",
        "signer": "meet",

        "recevoir": "host", "accueillir": "host",
        "visiter": "visit", "rendre": "go", "aller": "go", "voyager": "go", "arriver": "go",
        "venir": "go", "attendre": "go", "envoler": "go", "débarquer": "go", "atterrir": "go",
    },
    "en": {
        "speak": "talk", "talk": "talk", "discuss": "talk", "confer": "talk", "negotiate": "talk",
        "debate": "talk", "huddle": "talk",
        "call": "call", "phone": "call", "telephone": "call", "ring": "call", "dial": "call",
        "meet": "meet", "see": "meet", "sit": "meet", "dine": "meet", "lunch": "meet", "join": "meet",
        "sign": "meet",
        "host": "host", "receive": "host", "welcome": "host", "greet": "host", "spend": "meet",
        "visit": "visit", "travel": "go", "fly": "go", "arrive": "go", "go": "go", "head": "go",
        "come": "go", "expect": "go",
        "cross": "go", "land": "go",
    },
}  # fmt: skip

# what "échanger"/"exchange" takes when it is a conversation ("ont échangé leurs vues")
EXCHANGED_WORDS = {
    "propos", "vue", "vues", "point", "points", "avis", "information", "informations", "idée",
    "idées", "message", "messages", "mot", "mots", "view", "views", "idea", "ideas", "word",
    "words", "greeting", "greetings", "pleasantry", "pleasantries", "opinion", "opinions",
}  # fmt: skip

CONTACT_NOUNS = {
    "fr": {
        "entretien": "talk", "conversation": "talk", "échange": "talk", "discussion": "talk",
        "pourparlers": "talk", "négociation": "talk", "dialogue": "talk",
        "appel": "call", "coup de fil": "call", "visioconférence": "call",
        "rencontre": "meet", "réunion": "meet", "sommet": "meet", "tête-à-tête": "meet",
        "entrevue": "meet", "dîner": "meet", "bilatérale": "meet", "face-à-face": "meet",

        "visite": "visit", "voyage": "go", "déplacement": "go", "tournée": "go", "escale": "go",
        "petit-déjeuner": "meet", "déjeuner": "meet", "repas": "meet",
        "venue": "go", "séjour": "go", "passage": "go", "invité": "meet", "invitée": "meet",
    },
    "en": {
        "conversation": "talk", "talk": "talk", "discussion": "talk", "negotiation": "talk",
        "dialogue": "talk", "exchange": "talk",
        "call": "call", "phone call": "call", "videoconference": "call", "video call": "call",
        "meeting": "meet", "summit": "meet", "encounter": "meet", "dinner": "meet",
        "bilateral": "meet", "tête-à-tête": "meet", "lunch": "meet", "tea": "meet", "breakfast": "meet", "meal": "meet",
        "stopover": "go",

        "visit": "visit", "trip": "go", "tour": "go", "journey": "go", "stay": "go",
        "guest": "meet",
    },
}  # fmt: skip

# Words that make a talk a phone call.
# Where a contact happened: in person, not on the phone.
IN_PERSON_WORDS = {
    "sidelines", "marge", "face-to-face", "tête-à-tête", "person", "personne", "summit", "sommet",
}  # fmt: skip
LOCATIVE_PREPOSITIONS = {"in", "at", "à", "au", "aux", "dans", "en", "chez", "inside", "aboard"}
TIME_NOUNS = re.compile(
    r"^(?:minutes?|heures?|hours?|jours?|days?|semaines?|weeks?|mois|months?|ans?|années?|years?|"
    r"matinée|soirée|journée|morning|evening|afternoon|après-midi|night|nuit|fin|début|end|"
    r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|\d+)$",
    re.I,
)

PHONE_CUES = re.compile(
    r"t[ée]l[ée]phon|phone|\bappel|\bcall|\bvisio|\bvid[ée]o|by telephone|au bout du fil|coup de fil",
    re.I,
)

# Support verbs that carry a noun trigger ("a eu un entretien", "held talks", "a effectué une visite").
SUPPORT_VERBS = {
    "avoir", "tenir", "mener", "effectuer", "organiser", "faire", "entamer", "conduire", "passer",
    "participer", "accorder", "obtenir", "donner",
    "have", "hold", "conduct", "make", "pay", "host", "place", "join", "take", "attend", "start",
}  # fmt: skip

# Acts two leaders do together, which the press tells as the outcome of their meeting: "Biden
# and Modi unveiled a string of deals", "Yoon et Kishida ont convenu jeudi de ...". A contact only
# when the subject names two leaders or more.
# prepositions that set an act before or after another one
SEQUENCE_PREPOSITIONS = {"after", "before", "since", "après", "avant", "depuis"}
# "a également appelé", "also called": the act of the sentence before, done again
ALSO_WORDS = {"également", "aussi", "also", "too"}
# between two dates of one act told twice: "on Saturday and again on Monday", "lundi puis mardi"
AGAIN_BETWEEN = re.compile(
    r"^\s*,?\s*(?:and|et|puis|then)(?:\s+(?:again|de nouveau|à nouveau|encore))?\s*"
    r"(?:on|le|la)?\s*$",
    re.I,
)
# told of two leaders doing anything, these say they were in one place ("doivent gravir
# ensemble le mont Paektu", "will attend the match side by side")
TOGETHER_WORDS = re.compile(r"\b(?:ensemble|together|côte à côte|side by side)\b", re.I)
# ... except acts of cooperation, which need no meeting ("have long worked together")
TOGETHER_APART_VERBS = {
    "work", "travailler", "cooperate", "coopérer", "collaborate", "collaborer", "fight",
    "combattre", "lutter", "stand", "live", "vivre", "govern", "gouverner", "rule", "serve",
    "servir", "get", "go",
}  # fmt: skip
JOINT_VERBS = {
    "fr": {
        "convenir", "annoncer", "dévoiler", "engager", "sceller", "conclure", "lancer",
        "inaugurer", "adopter", "réaffirmer", "planter", "efforcer", "parapher", "entériner",
        "trinquer", "promener", "arpenter",
    },
    "en": {
        "unveil", "agree", "announce", "pledge", "vow", "seal", "clinch", "launch", "inaugurate",
        "adopt", "reaffirm", "plant", "endorse", "commit", "strive", "toast", "stroll", "tour",
        "inspect",
    },
}  # fmt: skip
# what makes acts told together no joint act
SEPARATELY_WORDS = {"separately", "séparément", "respectively", "respectivement", "each", "chacun"}

# what a demand to stop asks for: its addressee is whoever is to stop ("le retrait des forces
# russes", "an end to Israel's strikes")
STOP_NOUNS = {
    "retrait", "fin", "arrêt", "cessation", "départ", "suspension", "withdrawal", "end", "halt",
    "pullout", "stop", "departure",
}  # fmt: skip

# verbs whose object does what their complement says: "lui a proposé de venir", "urged Xi to
# visit", "l'a invitée à se rendre à Rome"
OBJECT_CONTROL = {
    "proposer", "demander", "inviter", "exhorter", "pousser", "conseiller", "suggérer",
    "encourager", "appeler", "prier", "convier", "enjoindre", "presser",
    "ask", "urge", "invite", "encourage", "persuade", "press", "tell", "advise", "call",
}  # fmt: skip
# marks of a clause telling what went on at the time ("as he hosted X", "alors qu'il recevait")
WHILE_MARKS = {"as", "while", "when", "lorsque", "quand", "alors", "tandis", "pendant"}

# marks of a clause set against the main one ("while Tehran blamed ...", "tandis que Kiev ...")
CONTRAST_MARKS = {"while", "whereas", "tandis", "alors"}

# an invitation to come is no demand
INVITE_VERBS = {"inviter", "convier", "invite"}
# asking someone to do something: what is asked has not happened, nor is it planned
REQUEST_VERBS = {
    "demander", "exhorter", "pousser", "encourager", "appeler", "prier", "enjoindre", "presser",
    "ask", "urge", "encourage", "persuade", "press", "call",
}  # fmt: skip

# a leader's home, where receiving a guest is receiving them in the host's country
# where a guest steps off the plane: greeted there by a host, the guest came to the host's country
ARRIVAL_PLACES = {
    "tarmac", "airport", "aéroport", "passerelle", "runway", "airfield", "aérodrome", "airbase",
}  # fmt: skip
RESIDENCE_NOUNS = {
    "résidence", "palais", "datcha", "domaine", "ranch", "residence", "palace", "dacha",
    "estate", "home", "retreat", "villa", "maison", "demeure",
}  # fmt: skip

# Signing together is meeting ("les deux dirigeants ont signé une déclaration", "signed a deal
# with X"); what is signed is no party.
SIGN_VERBS = {"signer", "sign"}

# "set foot in North Korea", "poser le pied en Corée du Nord": a visit
FOOT_WORDS = {"foot", "pied", "pieds"}
# putting the blame on someone: "laid the blame on Kyiv", "a rejeté la responsabilité sur Kiev"
BLAME_VERBS = {"lay", "put", "place", "pin", "shift", "cast", "rejeter", "faire", "porter"}
BLAME_NOUNS = {"blame", "responsibility", "responsabilité", "faute"}
# sides of politics an epithet may name: "le dirigeant de gauche", "le chef de file de droite"
POLITICAL_SIDES = {"gauche", "droite", "centre"}
# a stop on the way, with "par": "passé par Shanghai", "transitant par Doha"
TRANSIT_VERBS = {"passer", "transiter"}
# arrivals, which may leave the place to the story ("Putin arrived the next day")
ARRIVAL_VERBS = {"arrive", "arriver", "land", "atterrir", "débarquer"}
# verbs of departure whose destination follows "pour"/"for" ("s'envoler pour Washington")
DEPARTURE_VERBS = {"envoler", "fly"}

# nouns a place phrase can hang on and still say where a contact happened ("at a summit in
# Bali", "en marge d'une conférence à Munich"); a place on other nouns ("amid speculation in
# Washington") is not where the speakers were
SCENE_NOUNS = {
    "summit", "sideline", "sidelines", "margin", "margins", "meeting", "talks", "talk", "dinner",
    "lunch", "breakfast", "visit", "trip", "conference", "forum", "gathering", "session",
    "ceremony", "tour", "stop", "stopover", "residence", "palace", "headquarters", "office",
    "sommet", "marge", "marges", "réunion", "rencontre", "entretien", "dîner", "déjeuner",
    "visite", "voyage", "déplacement", "conférence", "cérémonie", "tournée", "escale",
    "résidence", "palais", "siège", "bureau",
}  # fmt: skip

# prepositions (and nouns used as such) that set a clause in time against a contact: "after
# talks with X", "à l'issue d'un entretien avec X", "lors de son appel avec X"
TIME_PREPOSITIONS = {
    "after", "before", "following", "during", "après", "avant", "lors", "pendant", "durant",
    "issue", "suite",
}  # fmt: skip

# ... of them, those that tell what came before the clause: a fact whatever the clause says
AFTER_PREPOSITIONS = {"after", "following", "après", "issue", "suite"}
# marks of an adverbial clause told as an act before or after the main one ("avant de
# reprendre ses entretiens le lendemain", "before flying home on Friday")
SEQUENCE_MARKS = {"avant", "après", "before", "after"}

# prepositions that introduce what a clause is about, not where it happened
TOPIC_PREPOSITIONS = {
    "about", "over", "amid", "on", "regarding", "concerning", "despite", "sur", "concernant",
    "malgré", "quant",
}  # fmt: skip

# prepositions that set a clause in a contact ("at a dinner", "during talks", "lors d'un entretien")
SCENE_PREPOSITIONS = {"at", "during", "lors", "pendant", "durant"}
# prepositions that make a contact noun the time of the clause ("dès leur premier échange",
# "during their call"): the contact is told as a fact, whatever its clause asks or plans
TIME_PREPOSITIONS = SCENE_PREPOSITIONS - {"at"} | SEQUENCE_PREPOSITIONS | {"dès", "since"}

# "X was the guest of Y", "X était l'invité de Y": Y hosted X
GUEST_NOUNS = {"guest", "invité", "invitée"}

# Prepositions that introduce the other party of a contact and its destination.
WITH = {"avec", "with", "auprès", "face"}  # "face à X"
BETWEEN = {"entre", "between"}
TO_PLACE = {"à", "au", "aux", "en", "to", "in", "into", "dans", "chez", "jusqu'à", "jusqu’à"}
INITIATIVE_NOUNS = {"initiative", "demande", "request", "invitation", "behest", "instigation"}

# -- demands and accusations -----------------------------------------------------------------------
# lemma -> where the addressee is: "iobj" (demander à X), "obj" (exhorter X à), "de" (exiger de X),
# "on" (call on X), "that" (demand that X ...).
DEMAND_VERBS = {
    "fr": {
        "demander": "iobj", "réclamer": "iobj", "exiger": "de", "exhorter": "obj", "presser": "obj",
        "sommer": "obj", "enjoindre": "iobj", "intimer": "iobj", "appeler": "obj", "inviter": "obj",
        "pousser": "obj", "conjurer": "obj", "implorer": "obj", "prier": "obj",
    },
    "en": {
        "demand": "that", "urge": "obj", "press": "obj", "ask": "obj_to", "call": "on", "request": "obj",
        "insist": "that", "implore": "obj", "push": "obj", "pressure": "obj", "tell": "obj_to",
        "order": "obj", "beg": "obj",
    },
}  # fmt: skip

ACCUSE_VERBS = {
    "fr": {
        "accuser": "obj", "reprocher": "iobj", "dénoncer": "np", "condamner": "np", "blâmer": "obj",
        "imputer": "iobj", "fustiger": "np", "critiquer": "np", "incriminer": "obj",
        "stigmatiser": "np", "attaquer": "np", "attribuer": "iobj", "mettre en cause": "obj",
        "vilipender": "np", "étriller": "np", "épingler": "np", "tancer": "obj",
        # only with "contre": "s'est élevé contre ...", "s'insurge contre ...", "proteste contre"
        "élever": "against", "insurger": "against", "protester": "against", "fulminer": "against",
    },
    "en": {
        "accuse": "obj", "blame": "obj", "condemn": "np", "denounce": "np", "criticize": "np",
        "criticise": "np", "fault": "obj", "slam": "np", "lambast": "np", "decry": "np",
        "charge": "that", "attack": "np", "castigate": "np", "rebuke": "obj", "deplore": "np",
        "chastise": "obj", "berate": "obj", "reproach": "obj", "assail": "np", "censure": "np",
        # only with "to"/"against": "objected to Beijing's ...", "railed against NATO"
        "object": "against", "protest": "against", "rail": "against", "inveigh": "against",
    },
}  # fmt: skip

# Speech verbs whose complement may state an accusation ("X a déclaré que Y avait ignoré ...").
SPEECH_VERBS = {
    "déclarer", "affirmer", "dire", "estimer", "souligner", "assurer", "attirer", "pointer",
    "insister", "regretter", "déplorer", "rappeler", "avertir", "prévenir", "juger", "expliquer",
    "qualifier",
    "describe", "brand", "label", "term", "say", "state", "declare", "claim", "argue", "warn", "stress", "insist", "tell", "assert",
    "allege", "complain", "lament", "note", "point",
}  # fmt: skip

# verbs that report what someone said: a conditional they govern is the future seen from then
# ("their meeting would take place in Riyadh, he added": planned, not hypothetical)
REPORT_VERBS = SPEECH_VERBS | {
    "ajouter", "préciser", "indiquer", "annoncer", "confirmer", "répondre", "écrire", "promettre",
    "add", "announce", "confirm", "reply", "write", "promise", "predict", "tweet",
}  # fmt: skip

# Speech verbs that judge their object: "a jugé la réaction américaine « absurde »".
EVALUATION_VERBS = {"juger", "qualifier", "describe", "brand", "label", "term", "call"}
# relative pronouns that stand for the object of their clause
RELATIVE_OBJECTS = {"que", "qu'", "qu’", "whom", "which", "that"}

# Words that make a statement about an actor an accusation.
NEGATIVE_CUES = re.compile(
    r"provoc|agress|aggress|ignor|viol|menac|threat|mensong|\blie[sd]?\b|\blying\b|hostil|sabot|"
    r"bafou|d[ée]sinform|ing[ée]rence|interf[ée]r|terror|crime|criminel|atrocit|g[ée]nocid|"
    r"invasi|envahi|annex|bombard|massacr|attaqu|attack|sanction ill|ill[ée]gal|unlawful|"
    r"destabili|d[ée]stabili|espionn|spying|cyberatta|hack|tromp|deceiv|betray|trahi|"
    r"escalad|belliqu|warmonger|imp[ée]rialis|colonial|n[ée]onazi|neo-nazi|chantage|blackmail|"
    r"r[ée]pression|repress|persecut|pers[ée]cut|oppress|non-respect|breach|manquement|"
    r"responsab.{0,20}(?:mort|death|attaque|attack|crise|crisis)|complicit|"
    # evaluations that condemn: "a jugé « absurde »", "qualifié d'« illégitime »", "branded ...
    # irresponsible"
    r"absurd|ill[ée]gitim|inacceptab|unacceptab|inadmissib|irrespons|erron[ée]|\bwrong\b|"
    r"scandal|outrag|honteu|shameful|hypocri|cyni[cq]|mascarade|\bfarce\b|irr[ée]fl[ée]chi|reckless|"
    r"stupid|idiot|folie|\bmadness|insens[ée]|insane|d[ée]sastreu|disastrous|catastroph",
    re.I,
)

# -- modality --------------------------------------------------------------------------------------
DENIAL_VERBS = {
    "démentir", "nier", "réfuter", "contester", "rejeter", "deny", "dismiss", "refute", "reject",
    "dispute",
}  # fmt: skip
REFUSAL_VERBS = {
    "refuser",
    "exclure",
    "décliner",
    "annuler",
    "refuse",
    "decline",
    "rule",
    "cancel",
    "snub",
    "reporter",
    "postpone",
    # a ban forbids the act ("le décret ... pour interdire tout pourparler avec Moscou")
    "interdire",
    "prohiber",
    "forbid",
    "ban",
    "bar",
}
PLAN_VERBS = {
    "convenir", "prévoir", "projeter", "envisager", "accepter", "décider", "promettre", "engager",
    "proposer", "compter", "entendre", "planifier", "programmer", "annoncer", "inviter", "devoir",
    "espérer", "souhaiter", "vouloir", "étudier",
    "agree", "plan", "expect", "schedule", "intend", "promise", "decide", "propose", "invite",
    "hope", "want", "aim", "seek", "offer", "prepare", "set", "due", "arrange", "consider",
    "accept", "invitation", "proposal", "projet", "intention", "promesse",

}  # fmt: skip
# Plans told in the pluperfect ("had been scheduled to fly on to Amman", "avait prévu de se
# rendre à Kiev") were overtaken by what the story tells since: no event, not even a planned one.
# Agreements and invitations ("had agreed to meet") are not among them.
SUPERSEDED_PLANS = {
    "prévoir", "programmer", "projeter", "compter", "espérer", "vouloir", "souhaiter", "planifier",
    "envisager", "censer",
    "schedule", "plan", "due", "expect", "intend", "set", "hope", "want", "aim", "suppose",
}  # fmt: skip
# Readiness is not an event: "prêt à rencontrer", "ready to talk", "disposé à discuter".
READINESS = {"prêt", "disposé", "ouvert", "ready", "willing", "open", "prepared"}
PLAN_ADJECTIVES = {
    "prévu", "prochain", "programmé", "futur", "éventuel", "possible", "planned", "upcoming",
    "forthcoming", "next", "scheduled", "proposed", "future", "potential", "expected",
}  # fmt: skip
FUTURE_AUX = {"will", "'ll", "shall", "would", "wo"}
HYPOTHETICAL_MARKERS = {"si", "s'", "s’", "if", "unless", "whether", "pourvu", "provided"}
MODAL_HYPOTHETICAL = {"could", "might", "would", "may", "should"}
# "plus" and "jamais" are not here: "Plus tôt dans la matinée" is no negation; "ne" comes with them.
NEGATIONS = {
    "ne",
    "n'",
    "n’",
    "pas",
    "aucun",
    "aucune",
    "sans",
    "not",
    "n't",
    "never",
    "no",
    "without",
    "nor",
    "ni",
}

RELATIVE_PRONOUNS = {
    "dont", "qui", "que", "qu'", "lequel", "laquelle", "lesquels", "lesquelles", "où",
    "which", "who", "whom", "whose", "where",
}  # fmt: skip

# a place told as "the country": the state named just before
COUNTRY_ANAPHORS = {"pays", "country"}
# nouns that describe a place the story is at instead of naming it ("flew into the city-state",
# "the Red Sea city", "la cité portuaire"); "the city of Guilin" names it after "of"
PLACE_NOUNS = {
    "city", "city-state", "capital", "town", "port", "resort", "metropolis",
    "ville", "cité", "cité-état", "capitale", "métropole", "station",
}  # fmt: skip

# relative pronouns that stand for the subject of their clause
RELATIVE_SUBJECTS = {"qui", "lequel", "laquelle", "lesquels", "lesquelles", "who", "that", "which"}

# -- coreference cues ------------------------------------------------------------------------------
_PARTY_NOUNS = (
    r"(?:dirigeants|chefs d'(?:é|e)tat|chefs de (?:l'(?:é|e)tat|gouvernement)|"
    r"présidents|presidents|hommes|dirigeantes|ministres|leaders|men|heads of state|ministers|"
    r"responsables|diplomates|diplomats|parties|sides|homologues|counterparts|pair|duo|couples|"
    r"gouvernements|governments|pays|countries)"
)
PAIR_CUES = re.compile(
    rf"^(?:les|des|ces|the|both|these)\s+(?:deux\s+|two\s+)?{_PARTY_NOUNS}$",
    re.I,
)
# "les quatre dirigeants", "the three leaders": that many leaders the story named last
GROUP_CUES = re.compile(
    r"^(?:les|ces|the|these|all)\s+(?:three|four|five|six|seven|eight|nine|ten|trois|quatre|cinq|"
    rf"six|sept|huit|neuf|dix|[3-9]|1\d)\s+{_PARTY_NOUNS}$",
    re.I,
)
STATE_PAIR = re.compile(
    r"\b(?:gouvernements|governments|pays|countries|capitales|capitals|nations)\b", re.I
)
PAIR_REQUIRES_TWO = re.compile(r"\b(?:deux|two|both|pair|duo)\b", re.I)

PRONOUNS_SINGULAR = {"il", "elle", "he", "she"}
# A sentence told with a pronoun subject, after at most a short opening phrase.
PRONOUN_OPENING = re.compile(r"^(?:[^,.;]{0,40},\s*)?(?:il|elle|he|she)\b", re.I)
PRONOUNS_PLURAL = {"ils", "elles", "they"}
# "the bloc", "l'Alliance", "l'Union": an organisation named before, told by a common noun
# nouns that, bare after a definite article, point back to a state named before ("le régime
# exige ...", "the junta said"): governments one does not call by their country's name
REGIME_NOUNS = {"régime", "regime", "junte", "junta"}
# nouns of whoever heads a body: "le chef du bureau politique du Hamas"
HEAD_NOUNS = {"chef", "cheffe", "dirigeant", "dirigeante", "patron", "head", "leader", "chief"}
# "la délégation a été reçue à Kiev", "the delegation flew on": the visitor the story follows,
# at the head of it
DELEGATION_NOUNS = {"délégation", "delegation"}
# anaphors that name a whole organisation of states, never one of its bodies
BLOC_WORDS = {"bloc", "union", "alliance", "organisation", "organization"}
ORG_ANAPHORS = {"bloc", "alliance", "union", "organisation", "organization", "group", "groupe"}
DEFINITE_ARTICLES = {"the", "le", "la", "l'", "l’"}

PARTNER_NOUNS = {
    "interlocuteur",
    "interlocutrice",
    "interlocuteurs",
    "hôte",
    "hôtes",
    "host",
    "hosts",
    "interlocutor",
}
COUNTERPART_NOUNS = {"homologue", "counterpart"}
POSSESSIVES = {"son", "sa", "ses", "leur", "leurs", "his", "her", "their"}
POSSESSIVES_SINGULAR = {"son", "sa", "ses", "his", "her"}
POSSESSIVES_PLURAL = {"leur", "leurs", "their"}

OBJECT_PRONOUNS = {"lui", "leur", "l'", "le", "la", "les", "him", "her", "them"}


CONTEXT_DATE_CUES = re.compile(
    r"\b(?:alors|à cette occasion|lors de (?:cet|cette|leur|ce)|au cours de (?:cet|cette|leur|ce)|"
    r"pendant (?:cet|cette|leur|ce)|then|on that occasion|during (?:the|that|their|this) (?:call|meeting|talks|conversation|visit))\b",
    re.I,
)
# "La rencontre a eu lieu lundi", "The talks took place on Monday": the date of the contact the
# sentence before told without one.
TOOK_PLACE = re.compile(
    r"\b(?:rencontre|entretien|réunion|sommet|conversation|échange|appel|discussions?|entrevue|"
    r"tête-à-tête|meeting|talks|call|summit|conversation|encounter)\b[^.;]{0,40}?\b(?:"
    r"a eu lieu|ont eu lieu|avait eu lieu|s'est (?:tenue?|déroulée?)|se sont (?:tenue?s|déroulée?s)|"
    r"took place|was held|were held|had taken place|happened)\b",
    re.I,
)
# Words that make the date after them a deadline ("jusqu'à dimanche", "d'ici vendredi", "by
# Friday", "until Sunday"), not the day an event happened.
DEADLINE_BEFORE = re.compile(
    r"(?:\bjusqu['’](?:à|au)|\bd['’]ici(?: à| au)?|\buntil|\btill|\bby|\bno later than)\s*"
    r"(?:le |la |l['’]|the )?$",
    re.I,
)
# The deadlines among them that always look ahead ("decide by May 12", "d'ici au 15 mars"): never
# the day of the scene being told, whatever the tense around them.
HORIZON_BEFORE = re.compile(
    r"(?:\bd['’]ici(?: à| au)?|\bby|\bno later than)\s*(?:le |la |l['’]|the )?$", re.I
)
# A date named as a landmark in the past, not as the time of the scene being told: "depuis le
# début de l'invasion, le 24 février", "since 2015", "the September 11 attacks".
BACKGROUND_BEFORE = re.compile(
    r"(?:\b(?:depuis|since)\b[^.,;]{0,45}(?:,\s*(?:le |la |l'|the |on )?)?|"
    r"\b(?:anniversaire|anniversary) (?:du|de la|des|of)\s*)$",
    re.I,
)
BACKGROUND_AFTER = re.compile(r"^\s*(?:attacks|attentats|attacks'|anniversary)\b", re.I)
# French verbs whose compound tenses take "être" (not a passive: "il est allé", "elle est venue")
ETRE_VERBS = {
    "aller", "venir", "arriver", "partir", "rester", "devenir", "entrer", "sortir", "monter",
    "descendre", "naître", "mourir", "tomber", "retourner", "revenir", "repartir", "rentrer",
    "parvenir", "intervenir", "survenir",
}  # fmt: skip
# Verbs that set a deadline with it ("se sont donné jusqu'à dimanche"); after other verbs,
# "jusqu'à jeudi" is the last day of what they tell ("se sont retrouvés chaque jour jusqu'à jeudi").
DEADLINE_VERBS = {
    "donner", "accorder", "laisser", "fixer", "impartir", "give", "allow", "set", "grant",
}  # fmt: skip
# Nouns that put an event a number of days before the clause they hang on: "au lendemain de la
# visite" (the visit was the day before), "à la veille du sommet" (the day after).
DAY_AFTER_NOUNS = {"lendemain": 1, "surlendemain": 2, "veille": -1, "avant-veille": -2}
# A date told relative to what was just told: the same day, hours either side of it.
SAME_DAY_CUES = re.compile(
    r"\b(?:(?:quelques|deux|trois|plusieurs) heures (?:plus tôt|plus tard|auparavant|avant|après)|"
    r"plus tôt dans la (?:journée|soirée|matinée)|sitôt|dans la foulée|peu (?:après|avant|auparavant)|"
    r"le même jour|au même moment|"
    r"(?:only |just |a few |two |three |several )?hours (?:earlier|later|before|after)|"
    r"(?:earlier|later) (?:that|the same) (?:day|evening|morning)|the same day|shortly (?:after|before|afterwards)|"
    r"moments? (?:later|after)|minutes (?:later|after))\b",
    re.I,
)


_TRIGGER_STEMS = {
    "fr": r"entret|échang|discut|parl|dialog|négoci|téléphon|appel|joign|joint|rencontr|retrouv|"
    r"reç|recev|reçu|accueil|visit|rend|rendu|voyag|sommet|réuni|pourparler|conversation|"
    r"tête-à-tête|face-à-face|entrevue|dîn|déjeun|rejoi|arriv|escale|envol|demand|réclam|exig|"
    r"exhort|press|somm|enjoi|intim|invit|pouss|accus|reproch|dénonc|condamn|blâm|imput|fustig|"
    r"critiqu|incrimin|mis en garde|mettre en garde|coup de fil|visio|déplacement|tournée|"
    r"s'est rendu|se rendr|discussion|consultation|face à|côte à côte|venu|vien|attendu|repas|"
    r"passé|sign|invité|venu|séjour|passage|envol|convers|joindr|côto|bilatér|conjur|implor|"
    r"prier|prié|prie\b|stigmatis|attaqu|attribu|mis en cause|mettre en cause|attend|venir|vienn|"
    r"vilipend|étrill|épingl|tanc|élev|insurg|protest|fulmin|responsabilit|faute|débat|planch|"
    r"conven|convinr|convenu|annon|dévoil|engag|scell|conclu|lanc|inaugur|adopt|réaffirm|plant|"
    r"efforc|paraph|entérin|trinqu|promen|arpent|débarqu|atterr|ensemble\b",
    "en": r"spok|speak|talk|discuss|confer|negotia|call|phon|teleph|rang|ring|met\b|meet|saw|sat|host|"
    r"receiv|welcom|visit|travel|flew|fly|arriv|went|head|summit|conversation|din|lunch|join|"
    r"trip|tour|demand|urg|press|ask|request|insist|implor|push|pressur|told|tell|order|accus|"
    r"blam|condemn|denounc|critici|fault|slam|lambast|decr|charg|attack|castigat|rebuk|warn|"
    r"videoconference|greet|spent|spend|set foot|touched down|flown|came|come|expected|meal|"
    r"cross|land|sign|guest|stay|due\b|dial|dialog|exchang|encounter|bilateral|tête-à-tête|tea\b|"
    r"breakfast|stopover|journey|beg|deplor|expect|chastis|berat|reproach|assail|censur|"
    r"object|protest|rail|inveigh|responsibilit|debat|huddl|unveil|agre|announc|pledg|vow|seal|"
    r"clinch|launch|inaugurat|adopt|reaffirm|plant|endors|commit|striv|strove|toast|stroll|tour|"
    r"inspect|together|side by side",
}
# Verbs so frequent that their sentences are parsed only when another cue is present.
FREQUENT_TRIGGERS = {"voir", "aller", "passer", "see", "sit", "go"}
_SPEECH_STEMS = {
    "fr": r"déclar|affirm|estim|soulign|attir|dit|dire|assur|déplor|regrett|avert|prév|jug|expliqu|"
    r"qualifi|insist|rappel|point",
    "en": r"said|say|stat|declar|claim|argu|stress|assert|alleg|complain|note|point|told|tell|"
    r"describ|brand|label|term|lament|warn|allege|complain",
}


@functools.cache
def trigger_regex(lang: str) -> re.Pattern[str]:
    """A cheap filter: sentences that may hold a contact, a demand or an accusation contain one
    of these word starts."""
    return re.compile(rf"\b(?:{_TRIGGER_STEMS[lang]})", re.I)


@functools.cache
def speech_regex(lang: str) -> re.Pattern[str]:
    """Speech verbs: their sentences are parsed only when they also carry an accusation cue."""
    return re.compile(rf"\b(?:{_SPEECH_STEMS[lang]})", re.I)

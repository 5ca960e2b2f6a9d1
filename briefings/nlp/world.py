"""World knowledge for actor matching: what else a country is called in the news.

Country names come from pycountry; this module adds what pycountry lacks:
the short names journalists use, demonyms, capitals and seats of power, and
international organisations. The tables cover the world, not one region, so
a config naming any state gets its adjectives and capital for free.
"""

from __future__ import annotations

import re
from functools import lru_cache

# ISO alpha-2 -> "short names | demonyms (adjective, plural nouns) | capital | seats of power".
# Empty fields are fine; several values in a field are separated by commas. Of two
# countries that share a word, the later takes it when no config names either: the news
# calls the DRC "Congo", so it comes after the Republic of Congo, whose short name it is.
_COUNTRIES = """
AF|Afghanistan|Afghan,Afghans|Kabul|
AL|Albania|Albanian,Albanians|Tirana|
DZ|Algeria|Algerian,Algerians|Algiers|
AD|Andorra|Andorran,Andorrans|Andorra la Vella|
AO|Angola|Angolan,Angolans|Luanda|
AR|Argentina|Argentine,Argentinian,Argentines|Buenos Aires|Casa Rosada
AM|Armenia|Armenian,Armenians|Yerevan|
AU|Australia|Australian,Australians|Canberra|
AT|Austria|Austrian,Austrians|Vienna|
AZ|Azerbaijan|Azerbaijani,Azeri,Azerbaijanis,Azeris|Baku|
BS|Bahamas,The Bahamas|Bahamian,Bahamians|Nassau|
BH|Bahrain|Bahraini,Bahrainis|Manama|
BD|Bangladesh|Bangladeshi,Bangladeshis|Dhaka|
BB|Barbados|Barbadian,Barbadians|Bridgetown|
BY|Belarus|Belarusian,Belarusians|Minsk|
BE|Belgium|Belgian,Belgians|Brussels|
BZ|Belize|Belizean,Belizeans|Belmopan|
BJ|Benin|Beninese|Porto-Novo,Cotonou|
BT|Bhutan|Bhutanese|Thimphu|
BO|Bolivia|Bolivian,Bolivians|La Paz|
BA|Bosnia,Bosnia and Herzegovina|Bosnian,Bosnians|Sarajevo|
BW|Botswana|Botswanan,Batswana|Gaborone|
BR|Brazil|Brazilian,Brazilians|Brasilia|Planalto
BN|Brunei|Bruneian,Bruneians|Bandar Seri Begawan|
BG|Bulgaria|Bulgarian,Bulgarians|Sofia|
BF|Burkina Faso|Burkinabe|Ouagadougou|
BI|Burundi|Burundian,Burundians|Gitega|
KH|Cambodia|Cambodian,Cambodians|Phnom Penh|
CM|Cameroon|Cameroonian,Cameroonians|Yaounde|
CA|Canada|Canadian,Canadians|Ottawa|
CV|Cape Verde,Cabo Verde|Cape Verdean,Cape Verdeans||
CF|Central African Republic,CAR|Central African|Bangui|
TD|Chad|Chadian,Chadians|N'Djamena|
CL|Chile|Chilean,Chileans|Santiago|
CN|China|Chinese|Beijing|Zhongnanhai
CO|Colombia|Colombian,Colombians|Bogota|
KM|Comoros|Comoran,Comorian,Comorans|Moroni|
CR|Costa Rica|Costa Rican,Costa Ricans||
HR|Croatia|Croatian,Croat,Croats,Croatians|Zagreb|
CU|Cuba|Cuban,Cubans|Havana|
CY|Cyprus|Cypriot,Cypriots|Nicosia|
CZ|Czech Republic,Czechia|Czech,Czechs|Prague|
DK|Denmark|Danish,Danes|Copenhagen|
DJ|Djibouti|Djiboutian|Djibouti|
DO|Dominican Republic|Dominican,Dominicans|Santo Domingo|
EC|Ecuador|Ecuadorian,Ecuadorean,Ecuadorians|Quito|Carondelet Palace
EG|Egypt|Egyptian,Egyptians|Cairo|
SV|El Salvador|Salvadoran,Salvadorean,Salvadorans|San Salvador|
GQ|Equatorial Guinea|Equatorial Guinean,Equatoguinean|Malabo|
ER|Eritrea|Eritrean,Eritreans|Asmara|
EE|Estonia|Estonian,Estonians|Tallinn|
SZ|Eswatini,Swaziland|Swazi,Swazis|Mbabane|
ET|Ethiopia|Ethiopian,Ethiopians|Addis Ababa|
FJ|Fiji|Fijian,Fijians|Suva|
FI|Finland|Finnish,Finns|Helsinki|
FR|France|French|Paris|Elysee,Elysee Palace,Élysée,Élysée Palace,Quai d'Orsay
GA|Gabon|Gabonese|Libreville|
GM|Gambia,The Gambia|Gambian,Gambians|Banjul|
GE|Georgia|Georgian,Georgians|Tbilisi|
DE|Germany|German,Germans|Berlin|Bundestag,Chancellery
GH|Ghana|Ghanaian,Ghanaians|Accra|
GR|Greece|Greek,Greeks|Athens|
GL|Greenland|Greenlandic,Greenlanders|Nuuk|
GD|Grenada|Grenadian,Grenadians||
GT|Guatemala|Guatemalan,Guatemalans|Guatemala City|
GN|Guinea|Guinean,Guineans|Conakry|
GW|Guinea-Bissau|Bissau-Guinean,Bissau-Guineans|Bissau|
GY|Guyana|Guyanese|Georgetown|
HT|Haiti|Haitian,Haitians|Port-au-Prince|
HN|Honduras|Honduran,Hondurans|Tegucigalpa|
HK|Hong Kong|||
HU|Hungary|Hungarian,Hungarians|Budapest|
IS|Iceland|Icelandic,Icelanders|Reykjavik|
IN|India|Indian,Indians|New Delhi,Delhi|
ID|Indonesia|Indonesian,Indonesians|Jakarta|
IR|Iran|Iranian,Iranians,Persian|Tehran,Teheran|
IQ|Iraq|Iraqi,Iraqis|Baghdad|
IE|Ireland|Irish|Dublin|
IL|Israel|Israeli,Israelis|Jerusalem,Tel Aviv|Knesset
IT|Italy|Italian,Italians|Rome|Palazzo Chigi
CI|Ivory Coast,Cote d'Ivoire,Côte d'Ivoire|Ivorian,Ivorians|Yamoussoukro,Abidjan|
JM|Jamaica|Jamaican,Jamaicans|Kingston|
JP|Japan|Japanese|Tokyo|
JO|Jordan|Jordanian,Jordanians|Amman|
KZ|Kazakhstan|Kazakh,Kazakhstani,Kazakhs|Astana|
KE|Kenya|Kenyan,Kenyans|Nairobi|
XK|Kosovo|Kosovar,Kosovars|Pristina|
KW|Kuwait|Kuwaiti,Kuwaitis|Kuwait City|
KG|Kyrgyzstan|Kyrgyz|Bishkek|
LA|Laos|Laotian,Laotians|Vientiane|
LV|Latvia|Latvian,Latvians|Riga|
LB|Lebanon|Lebanese|Beirut|
LS|Lesotho|Basotho|Maseru|
LR|Liberia|Liberian,Liberians|Monrovia|
LY|Libya|Libyan,Libyans|Tripoli|
LI|Liechtenstein|Liechtensteiner|Vaduz|
LT|Lithuania|Lithuanian,Lithuanians|Vilnius|
LU|Luxembourg|Luxembourgish,Luxembourger,Luxembourgers||
MG|Madagascar|Malagasy|Antananarivo|
MW|Malawi|Malawian,Malawians|Lilongwe|
MY|Malaysia|Malaysian,Malaysians|Kuala Lumpur,Putrajaya|
MV|Maldives|Maldivian,Maldivians||
ML|Mali|Malian,Malians|Bamako|
MT|Malta|Maltese|Valletta|
MR|Mauritania|Mauritanian,Mauritanians|Nouakchott|
MU|Mauritius|Mauritian,Mauritians|Port Louis|
MX|Mexico|Mexican,Mexicans|Mexico City|
MD|Moldova|Moldovan,Moldovans|Chisinau|
MC|Monaco|Monegasque||
MN|Mongolia|Mongolian,Mongolians|Ulaanbaatar,Ulan Bator|
ME|Montenegro|Montenegrin,Montenegrins|Podgorica|
MA|Morocco|Moroccan,Moroccans|Rabat|
MZ|Mozambique|Mozambican,Mozambicans|Maputo|
MM|Myanmar,Burma|Myanmar,Burmese|Naypyitaw,Naypyidaw|
NA|Namibia|Namibian,Namibians|Windhoek|
NP|Nepal|Nepali,Nepalese|Kathmandu|
NL|Netherlands,Holland|Dutch|Amsterdam,The Hague|
NZ|New Zealand|New Zealander,New Zealanders|Wellington|
NI|Nicaragua|Nicaraguan,Nicaraguans|Managua|
NE|Niger|Nigerien,Nigeriens|Niamey|
NG|Nigeria|Nigerian,Nigerians|Abuja|
KP|North Korea,DPRK|North Korean,North Koreans|Pyongyang|
MK|North Macedonia,Macedonia|Macedonian,Macedonians|Skopje|
NO|Norway|Norwegian,Norwegians|Oslo|
OM|Oman|Omani,Omanis|Muscat|
PK|Pakistan|Pakistani,Pakistanis|Islamabad|
PS|Palestine,Palestinian Territories|Palestinian,Palestinians|Ramallah|
PA|Panama|Panamanian,Panamanians|Panama City|
PG|Papua New Guinea,PNG|Papua New Guinean,Papua New Guineans|Port Moresby|
PY|Paraguay|Paraguayan,Paraguayans|Asuncion,Asunción|
PE|Peru|Peruvian,Peruvians|Lima|
PH|Philippines|Philippine,Filipino,Filipinos|Manila|Malacanang
PL|Poland|Polish,Poles|Warsaw|
PT|Portugal|Portuguese|Lisbon|
PR|Puerto Rico|Puerto Rican,Puerto Ricans|San Juan|
QA|Qatar|Qatari,Qataris|Doha|
CG|Republic of Congo,Congo-Brazzaville|Congolese|Brazzaville|
CD|Democratic Republic of Congo,Democratic Republic of the Congo,DR Congo,DRC|Congolese|Kinshasa|
RO|Romania|Romanian,Romanians|Bucharest|
RU|Russia,Russian Federation|Russian,Russians|Moscow|Kremlin
RW|Rwanda|Rwandan,Rwandans|Kigali|
WS|Samoa|Samoan,Samoans|Apia|
SA|Saudi Arabia|Saudi,Saudis|Riyadh|
SN|Senegal|Senegalese|Dakar|
RS|Serbia|Serbian,Serb,Serbs,Serbians|Belgrade|
SC|Seychelles|Seychellois||
SL|Sierra Leone|Sierra Leonean,Sierra Leoneans|Freetown|
SG|Singapore|Singaporean,Singaporeans||
SK|Slovakia|Slovak,Slovakian,Slovaks|Bratislava|
SI|Slovenia|Slovenian,Slovene,Slovenians,Slovenes|Ljubljana|
SB|Solomon Islands|Solomon Islander,Solomon Islanders|Honiara|
SO|Somalia|Somali,Somalis|Mogadishu|Villa Somalia
ZA|South Africa|South African,South Africans|Pretoria|
KR|South Korea|South Korean,South Koreans|Seoul|
SS|South Sudan|South Sudanese|Juba|
ES|Spain|Spanish,Spaniards|Madrid|Moncloa
LK|Sri Lanka|Sri Lankan,Sri Lankans|Colombo|
SD|Sudan|Sudanese|Khartoum|
SR|Suriname|Surinamese|Paramaribo|
SE|Sweden|Swedish,Swedes|Stockholm|
CH|Switzerland|Swiss|Bern,Berne|
SY|Syria,Syrian Arab Republic|Syrian,Syrians|Damascus|
TW|Taiwan|Taiwanese|Taipei|
TJ|Tajikistan|Tajik,Tajiks|Dushanbe|
TZ|Tanzania|Tanzanian,Tanzanians|Dodoma|
TH|Thailand|Thai|Bangkok|
TL|Timor-Leste,East Timor|Timorese|Dili|
TG|Togo|Togolese|Lome,Lomé|
TO|Tonga|Tongan,Tongans|
TT|Trinidad and Tobago,Trinidad|Trinidadian,Trinidadians|Port of Spain|
TN|Tunisia|Tunisian,Tunisians|Tunis|
TR|Turkey,Türkiye,Turkiye|Turkish,Turks|Ankara|
TM|Turkmenistan|Turkmen|Ashgabat|
AE|UAE,United Arab Emirates,Emirates|Emirati,Emiratis|Abu Dhabi|
UG|Uganda|Ugandan,Ugandans|Kampala|
UA|Ukraine|Ukrainian,Ukrainians|Kyiv,Kiev|Bankova
GB|United Kingdom,UK,U.K.,Britain,Great Britain|British,Briton,Britons|London|
US|United States,US,U.S.,USA,U.S.A.,America|American,Americans|Washington|
UY|Uruguay|Uruguayan,Uruguayans|Montevideo|
UZ|Uzbekistan|Uzbek,Uzbeks|Tashkent|
VU|Vanuatu|Ni-Vanuatu|Port Vila|
VE|Venezuela|Venezuelan,Venezuelans|Caracas|Miraflores
VN|Vietnam,Viet Nam|Vietnamese|Hanoi|
EH|Western Sahara|Sahrawi,Sahrawis||
YE|Yemen|Yemeni,Yemenis|Sanaa,Sana'a,Aden|
ZM|Zambia|Zambian,Zambians|Lusaka|
ZW|Zimbabwe|Zimbabwean,Zimbabweans|Harare|
"""

# Seats of power too many for one table line.
_MORE_SEATS = {
    "GB": ["Downing Street", "Whitehall", "Foreign Office"],
    "US": ["White House", "Pentagon", "State Department", "Capitol Hill"],
}

# International bodies that speak, negotiate and count victims: name -> other forms.
# The UN's agencies count and speak under their own names ("OCHA", "IOM"); the
# Secretariat and the Security Council are "the UN". Monitors of any war are found by
# their head word ("Observatory", "Monitor") in briefings.nlp.bodies; the ones here
# are those the news names by acronym or nickname only.
ORGANISATIONS: dict[str, tuple[str, ...]] = {
    # The plain name is what readers and the facts contract use: "the UN".
    "UN": (
        "United Nations",
        "U.N.",
        "UN Security Council",
        "U.N. Security Council",
        "Security Council",
        "UN Secretary-General",
        "U.N. Secretary-General",
        "UN mission",
        "U.N. mission",
    ),
    "OCHA": (
        "UN Office for the Coordination of Humanitarian Affairs",
        "Office for the Coordination of Humanitarian Affairs",
        "UN humanitarian office",
        "U.N. humanitarian office",
        "UN humanitarian agency",
        "U.N. humanitarian agency",
    ),
    "UNHCR": ("UN refugee agency", "U.N. refugee agency", "UN High Commissioner for Refugees"),
    "UNICEF": ("UN children's agency", "U.N. children's agency", "United Nations Children's Fund"),
    "UNRWA": ("UN agency for Palestinian refugees", "U.N. agency for Palestinian refugees"),
    "OHCHR": ("UN human rights office", "U.N. human rights office", "UN rights office"),
    "IOM": ("International Organization for Migration", "UN migration agency"),
    # The UN's missions in a country count and speak under their own names.
    "UNAMA": (
        "UN Assistance Mission in Afghanistan",
        "United Nations Assistance Mission in Afghanistan",
    ),
    "UNAMI": ("UN Assistance Mission for Iraq", "United Nations Assistance Mission for Iraq"),
    "UNIFIL": ("UN Interim Force in Lebanon", "United Nations Interim Force in Lebanon"),
    "UNMISS": ("UN Mission in South Sudan", "United Nations Mission in South Sudan"),
    "UNSMIL": ("UN Support Mission in Libya", "United Nations Support Mission in Libya"),
    "MONUSCO": (
        "UN Organization Stabilization Mission in the Democratic Republic of the Congo",
        "United Nations Organization Stabilization Mission in the Democratic Republic of the Congo",
    ),
    "MINUSMA": ("UN Multidimensional Integrated Stabilization Mission in Mali",),
    "MINUSCA": (
        "UN Multidimensional Integrated Stabilization Mission in the Central African Republic",
    ),
    "UNSOM": ("UN Assistance Mission in Somalia",),
    "UNAMID": ("African Union-United Nations Hybrid Operation in Darfur",),
    "WFP": ("World Food Programme", "UN World Food Programme", "U.N. World Food Programme"),
    "IAEA": (
        "International Atomic Energy Agency",
        "UN nuclear watchdog",
        "U.N. nuclear watchdog",
        "United Nations nuclear watchdog",
        "UN atomic watchdog",
        "U.N. atomic watchdog",
        "UN nuclear agency",
    ),
    "European Union": ("EU", "E.U.", "European Commission"),
    "NATO": ("North Atlantic Treaty Organization",),
    # (its council, not the UN's: "the AU Peace and Security Council")
    "African Union": (
        "AU",
        "Peace and Security Council",
        "AU Peace and Security Council",
        "African Union Peace and Security Council",
    ),
    "Arab League": (),
    "OSCE": ("Organization for Security and Co-operation in Europe",),
    "IGAD": ("Intergovernmental Authority on Development",),
    "ECOWAS": ("Economic Community of West African States",),
    # Named after a capital, but a mediating body, not that country's side.
    "Minsk Group": ("OSCE Minsk Group",),
    "World Health Organization": ("WHO",),
    "Red Cross": ("ICRC", "International Committee of the Red Cross"),
    "International Criminal Court": ("ICC",),
    "Amnesty International": ("Amnesty",),
    "Human Rights Watch": ("HRW",),
    "Doctors Without Borders": ("MSF", "Medecins Sans Frontieres", "Médecins Sans Frontières"),
    "International Rescue Committee": ("IRC",),
    "Norwegian Refugee Council": ("NRC",),
    "Save the Children": (),
    "Oxfam": (),
    "ACLED": ("Armed Conflict Location and Event Data Project",),
    "Airwars": (),
    "Syrian Observatory for Human Rights": (
        "SOHR",
        "Syrian Observatory",
        "Britain-based Syrian Observatory for Human Rights",
    ),
    "White Helmets": ("Syria Civil Defence", "Syrian Civil Defence"),
}

# Seats of power are unambiguous; capitals double as places ("talks in Ankara")
# and are still the government when they act ("Ankara said").


class Country:
    __slots__ = ("code", "names", "demonyms", "capitals", "seats")

    def __init__(
        self,
        code: str,
        names: list[str],
        demonyms: list[str],
        capitals: list[str],
        seats: list[str],
    ) -> None:
        self.code = code
        self.names = names
        self.demonyms = demonyms
        self.capitals = capitals
        self.seats = seats

    @property
    def name(self) -> str:
        return self.names[0]


def _split(field: str) -> list[str]:
    return [f.strip() for f in field.split(",") if f.strip()]


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    return frozenset(name for c in countries() for name in c.names)


def is_country(name: str) -> bool:
    """Whether ``name`` is a country's name (as mentions give a country's actor)."""
    return name in _country_names()


#: Short names too long for a line of the table.
_MORE_NAMES = {"CD": ["Congo"]}


@lru_cache(maxsize=1)
def _seat_capitals() -> dict[str, str]:
    return {
        seat.lower(): c.capitals[0] for c in countries() if c.capitals for seat in c.seats if seat
    }


def seat_capital(name: str) -> str | None:
    """The capital a seat of power stands in: "White House" -> "Washington", "Kremlin" ->
    "Moscow"; None for any other name."""
    return _seat_capitals().get(re.sub(r"^the\s+", "", name.strip(), flags=re.I).lower())


@lru_cache(maxsize=1)
def _capitals_by_word() -> dict[str, str]:
    return {
        word.lower(): c.capitals[0]
        for c in countries()
        if c.capitals
        for word in (*c.names, *c.demonyms)
        if word
    }


def capital_of(word: str) -> str | None:
    """The capital of the country a name or adjective names: "the Saudi capital" is
    Riyadh, "Qatar's capital" Doha; None for a word of no country known."""
    word = re.sub(r"['’]s$", "", word.strip())
    return _capitals_by_word().get(word.lower())


@lru_cache(maxsize=64)
def organisation_heads(name: str) -> frozenset[str]:
    """The head nouns an organisation is called by again, from its names: "mission"
    for MONUSCO, "agency" for UNHCR ("the UN refugee agency"), "union" for the African
    Union; so that "the mission said" after MONUSCO is MONUSCO. Empty for a name not
    in ORGANISATIONS."""
    forms = (name, *ORGANISATIONS[name]) if name in ORGANISATIONS else ()
    return frozenset(
        re.split(r"\s+(?:of|for|on|in)\s+", form)[0].split()[-1].lower() for form in forms
    )


def countries() -> list[Country]:
    """Every country of the table, with pycountry's official names added."""
    import pycountry

    out: list[Country] = []
    seen: set[str] = set()
    for line in _COUNTRIES.strip().splitlines():
        code, names, demonyms, capitals, seats = (line.split("|") + [""] * 5)[:5]
        entry = Country(
            code,
            _split(names) + _MORE_NAMES.get(code, []),
            _split(demonyms),
            _split(capitals),
            _split(seats) + _MORE_SEATS.get(code, []),
        )
        iso = pycountry.countries.get(alpha_2=code)
        if iso is not None:
            for attr in ("name", "common_name", "official_name"):
                value = getattr(iso, attr, None)
                if value and value not in entry.names and "," not in value:
                    entry.names.append(value)
        out.append(entry)
        seen.add(code)
    # The rest of the world by name only, so "Ukraine"-like mentions of any state are found.
    for iso in pycountry.countries:
        if iso.alpha_2 in seen:
            continue
        known = [n for n in (getattr(iso, "common_name", None), iso.name) if n and "," not in n]
        if known:
            out.append(Country(iso.alpha_2, list(dict.fromkeys(known)), [], [], []))
    return out


#: Peoples and faiths within states: after a demonym they name a people, not the state
#: ("Syrian Druze leaders", "a Syrian Bedouin commander", "Malian Tuareg rebels"). Not
#: "Arab", a word of states' own names ("the Syrian Arab Army").
ETHNIC_WORDS = frozenset(
    """
    druze bedouin bedouins kurd kurds kurdish alawite alawites sunni sunnis shia shiite
    shiites christian christians yazidi yazidis turkmen tuareg tuaregs baloch baluch
    pashtun pashtuns tamil tamils rohingya tigrayan tigrayans amhara oromo fulani hutu
    hutus tutsi tutsis hazara hazaras uyghur uyghurs uighur uighurs kachin karen muslim
    muslims hindu hindus sikh sikhs buddhist buddhists maronite coptic copts berber
    berbers amazigh masalit zaghawa nuer dinka afar hausa igbo yoruba chechen chechens
    """.split()
)

#: Words that make a noun phrase the state itself: "Syrian government", "Turkish army".
STATE_WORDS = frozenset(
    """
    government governments regime state authorities administration army armed forces force
    military troops soldiers officials cabinet leadership republic federation
    """.split()
)

#: Titles and bodies that, after a country word, still denote that state's side.
#: Used to tell a person mention ("the Turkish president") from a place.
PERSON_TITLES = frozenset(
    """
    president president's leader premier prime minister ministers spokesman spokeswoman
    spokesperson envoy ambassador diplomat diplomats official officials chancellor king
    emir prince crown foreign defense defence secretary general commander chief adviser
    advisor aide counterpart
    """.split()
)

#: Nouns that, right before a name, say the name is a person holding that post:
#: "French President Emmanuel Macron", "UN Secretary-General Antonio Guterres".
NAME_TITLES = frozenset(
    """
    president premier minister spokesman spokeswoman spokesperson envoy ambassador
    chancellor king emir prince commander chief adviser advisor aide negotiator secretary
    secretary-general director head governor mayor leader official ombudsman prosecutor
    coordinator representative counterpart deputy chairman chairwoman speaker
    """.split()
)

#: Last words of a post's portfolio, as a title spells it before a name: "Minister of
#: Foreign Affairs", "Secretary of State", "Chief of General Staff".
PORTFOLIO_WORDS = frozenset(
    """
    affairs defence defense state interior justice finance health security information
    education trade commerce economy agriculture energy planning communications relations
    cooperation development transport tourism labour labor culture industry environment
    housing works mines petroleum oil treasury immigration integration reconstruction
    reconciliation unification territories refugees resources services welfare
    intelligence staff operations
    """.split()
)

#: Family names written first, as Chinese names are in English ("Guo Jiakun", later
#: "Guo said"), in pinyin. Left out: those that are English words a sentence may
#: start with ("He", "Long", "Song", "Fan").
CHINESE_FAMILY_NAMES = frozenset(
    """
    wang li zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin guo ma luo liang
    zheng xie han tang feng yu dong xiao cheng cao yuan deng fu shen zeng peng lu su jiang
    cai jia ding wei xue ye yan pan dai xia zhong tian ren fang shi yao liao zou xiong jin
    hao kong bai cui kang mao qiu qin gu hou shao meng duan lei qian yin yi chang qiao lai
    gong wen gan xi hua geng ji zhai ning
    """.split()
)

#: Korean family names, written first in a three-part name ("Kim Jong Un", "Yoon Suk
#: Yeol", later "Kim", "Yoon"); a hyphened given name is told apart on its own.
KOREAN_FAMILY_NAMES = frozenset(
    """
    kim lee yi park pak choi choe jung jeong chung kang cho jo yoon yun jang lim han seo
    suh shin kwon hwang ahn yoo hong jeon chun ko yang bae baek heo nam noh roh kwak sung
    cha joo woo ryu jin ri hyon kye
    """.split()
)

#: Ranks that also name the soldier who holds them: "the killing of a Lieutenant".
SOLDIER_RANKS = frozenset("lieutenant captain sergeant corporal colonel".split())

#: Ranks and honorifics that precede a name and are not part of it.
RANKS = (
    frozenset(
        """
    general major admiral rear vice brigadier marshal sheikh dr mr mrs ms gen col lt maj
    """.split()
    )
    | SOLDIER_RANKS
)

#: Suffixes after a hyphen that turn a country word into a modifier of someone
#: else: "Russian-backed Syrian troops" are Syrian, "pro-Turkish forces" not Turkey.
MODIFIER_SUFFIXES = frozenset(
    """backed led supported sponsored allied aligned funded armed trained affiliated
    based run linked connected controlled owned leaning""".split()
)
MODIFIER_PREFIXES = frozenset("pro anti".split())

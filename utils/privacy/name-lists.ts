// Word lists for flagging person names, compiled for Wetsignaal from common Dutch usage (frequent first
// names and surnames in the Netherlands, including names common among Dutch people of Turkish,
// Moroccan, Surinamese and Indonesian descent). Lower case; the matcher compares lower-cased words.
// Names that are also ordinary Dutch words or month names (Mei, Roos, Mark, Bas, Ster) are left out:
// they would flag law text, and a title or initials still catch them.

/** Forms of address and academic titles; a capitalised word after one is taken for a name. */
export const TITLES = [
  'mevrouw', 'mevr', 'mw', 'mevr.', 'mw.', 'meneer', 'mijnheer', 'mnr', 'mnr.', 'dhr', 'dhr.', 'hr.', 'heer',
  'juffrouw', 'mej.', 'mr.', 'dr.', 'drs.', 'ir.', 'ing.', 'prof.', 'ds.', 'pastoor', 'dominee', 'zuster', 'broeder',
  'oom', 'tante', 'opa', 'oma', 'buurman', 'buurvrouw', 'collega', 'consulent', 'consulente', 'casemanager',
  'klantmanager', 'meester', 'juf',
];

/** Dutch surname particles (tussenvoegsels), longest first so "van der" wins over "van". */
export const PARTICLES = [
  'van de', 'van der', 'van den', 'van het', "van 't", 'in de', 'in het', "in 't", 'op de', 'op den', 'op het',
  'uit de', 'uit den', 'uit het', 'van', 'de', 'den', 'der', 'het', "'t", 'ter', 'ten', 'te', 'le', 'la', 'el', 'al',
  'bin', 'ben', 'ibn', 'von', 'zu', 'du', 'da', 'di', 'do', 'dos', 'das', 'del', 'della',
];

export const FIRST_NAMES = new Set([
  // frequent Dutch first names
  'jan', 'johannes', 'hendrik', 'cornelis', 'pieter', 'piet', 'willem', 'wim', 'gerrit', 'jacob', 'dirk', 'klaas',
  'hans', 'henk', 'kees', 'gert', 'gerard', 'johan', 'joost', 'peter', 'paul', 'martin', 'marcel', 'frank', 'erik',
  'eric', 'rob', 'robert', 'richard', 'ronald', 'rené', 'rene', 'michel', 'michael', 'jeroen', 'maarten', 'sander',
  'bram', 'daan', 'sem', 'lucas', 'levi', 'finn', 'noah', 'liam', 'luuk', 'milan', 'jesse', 'thijs', 'tim', 'tom',
  'ruben', 'lars', 'stijn', 'niels', 'koen', 'wouter', 'bart', 'arjen', 'jasper', 'thomas', 'sven', 'julian',
  'anna', 'maria', 'johanna', 'cornelia', 'elisabeth', 'wilhelmina', 'hendrika', 'geertruida', 'adriana', 'petronella',
  'anne', 'annie', 'ans', 'truus', 'riet', 'nel', 'mies', 'els', 'ingrid', 'monique', 'marianne', 'petra', 'sandra',
  'linda', 'patricia', 'sabine', 'esther', 'marieke', 'annemieke', 'saskia', 'mirjam', 'miriam', 'wilma', 'tineke',
  'emma', 'julia', 'sophie', 'tess', 'zoë', 'zoe', 'sara', 'sarah', 'lisa', 'lotte', 'fleur', 'femke', 'noa', 'nora',
  'evi', 'lieke', 'iris', 'sanne', 'anouk', 'laura', 'ilse', 'judith', 'karin', 'marjolein', 'yvonne', 'mieke',
  'gerda', 'joke', 'corrie', 'marja', 'jolanda', 'astrid', 'bianca', 'chantal', 'danielle', 'kim', 'naomi',
  // common among Dutch people of Turkish, Moroccan, Surinamese, Antillean and Indonesian descent
  'mohammed', 'mohamed', 'muhammed', 'ahmed', 'ahmet', 'mustafa', 'mehmet', 'ali', 'hassan', 'hasan', 'hussein',
  'ibrahim', 'youssef', 'yusuf', 'omar', 'khalid', 'rachid', 'said', 'karim', 'bilal', 'ayoub', 'hamza', 'emre',
  'murat', 'kemal', 'fatima', 'fatma', 'aisha', 'ayse', 'ayşe', 'khadija', 'naima', 'samira', 'nadia', 'yasmina',
  'yasmin', 'meryem', 'zeynep', 'elif', 'hatice', 'emine', 'soufiane', 'anouar', 'mounir', 'nordin', 'rajesh',
  'sunita', 'radjesh', 'anita', 'wendy', 'shanti', 'priya', 'ravi', 'djoeki', 'dewi', 'wayan', 'putri',
  'jennifer', 'kevin', 'dennis', 'patrick', 'mike', 'stefan', 'steven', 'rachel', 'natasha', 'priscilla', 'gloria',
]);

export const SURNAMES = new Set([
  'jansen', 'janssen', 'de jong', 'de vries', 'van den berg', 'van dijk', 'bakker',
  'visser', 'smit', 'meijer', 'meyer', 'de boer', 'mulder', 'de groot', 'peters',
  'hendriks', 'van leeuwen', 'dekker', 'brouwer', 'de wit', 'dijkstra', 'smits', 'de graaf',
  'van der meer', 'van der linden', 'jacobs', 'de haan', 'vermeulen',
  'van den heuvel', 'van der veen', 'van den broek', 'de bruijn', 'de bruin',
  'van der heijden', 'schouten', 'willems', 'van vliet', 'vliet',
  'van de ven', 'hoekstra', 'verhoeven', 'koster', 'van der wal', 'prins',
  'blom', 'huisman', 'peeters', 'de lange', 'kuipers', 'van wijk', 'postma', 'kramer', 'van veen', 'van beek', 'van dam',
  'timmermans', 'wouters', 'van der laan', 'verbeek', 'martens', 'jonker', 'hermans', 'evers',
  'van den bosch', 'scholten', 'van beek', 'sanders', 'veenstra', 'kuijpers', 'kuiper', 'schipper', 'van rijn', 'claassen', 'pieters', 'bosman', 'vink', 'hoogendoorn', 'van der ploeg', 'ploeg',
  'boersma', 'bosma', 'koopman', 'van wijngaarden', 'de ruiter', 'biesheuvel', 'dekkers',
  'yilmaz', 'yılmaz', 'kaya', 'demir', 'şahin', 'sahin', 'çelik', 'celik', 'öztürk', 'ozturk', 'aydin', 'aydın',
  'arslan', 'doğan', 'dogan', 'kılıç', 'kilic', 'el amrani', 'el idrissi', 'benali', 'bouzid',
  'el khatib', 'el hadji', 'boukhari', 'el ouali', 'tahiri', 'ramdin', 'ramdas',
  'sewnath', 'soekhoe', 'jagessar', 'ramlal', 'baldew', 'kartosen', 'sastrodikromo', 'wongsodikromo', 'martina',
  'cijntje', 'isenia', 'nguyen', 'liem', 'oei', 'chen', 'wang', 'kowalski', 'nowak', 'wiśniewski',
]);

/** Street-name endings; a capitalised word with one of these and a house number is an address below city level. */
export const STREET_SUFFIXES = [
  'straat', 'laan', 'weg', 'plein', 'gracht', 'kade', 'singel', 'dijk', 'pad', 'hof', 'steeg', 'dreef', 'plantsoen',
  'markt', 'erf', 'wal', 'boulevard', 'allee', 'haven', 'werf', 'hoven', 'akker', 'baan', 'veld', 'park',
  'oord', 'zijde', 'kwartier', 'rade', 'stede', 'gaarde', 'hoek', 'poort', 'burcht', 'brink', 'dam',
];

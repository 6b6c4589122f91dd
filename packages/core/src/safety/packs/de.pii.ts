/** Personal-data cue words of the de pack: see docs/language-packs.md and PackPII. */
import type { PackPII } from '../lang/types.js';

const pii: PackPII = {
  intros:
    "ich heiße|ich heisse|ich heiß|ich heiss|ich heis|mein name ist|mein name|mein richtiger name ist|mein richtiger name|mein echter name ist|mein vorname ist|mein nachname ist|ich bin der|ich bin die|i bin da|i bin der|i bin die|ich bi de|ich bi d|ich bi dr|ich bin's|ich bins|man nennt mich|alle nennen mich|nennt mich|ich * heiße|alle sagen * zu mir|alle sagen mir|ich * heisse|und heiße|heiße|heiß ich|heiss ich|heiße ich|heisse ich|vorname:|vorname :|nachname:|nachname :|rufname:|spitzname:",
  weak: 'ich bin|i bin|ich bi|hier ist der|hier ist die|hier ist|hier spricht|bin der|bin die|schreib nur|schreib einfach|sag einfach|nenn mich einfach|nenn mich|im echten leben bin ich|im echten leben|in echt heiße ich',
  starts: 'bin|hi bin|hey bin|hallo bin|moin bin|servus bin',
  called:
    'heißt|heisst|hieß|hiess|namens|genannt|wir nennen sie|wir nennen ihn|alle nennen sie|alle nennen ihn|alle sagen',
  relations:
    'stiefmama stiefpapa stiefoma uroma uropa mama mami mutter mutti papa papi vater vati bruder brudi schwester bro sis cousin cousine kusine onkel tante oma opa omi opi großmutter großvater stiefvater stiefmutter stiefbruder stiefschwester halbbruder halbschwester freund freundin freunden freundinnen kumpel bff bestie lehrer lehrerin klassenlehrer klassenlehrerin trainer trainerin nachbar nachbarin sohn tochter babysitter nachhilfelehrer nachhilfelehrerin schwarm direktor direktorin rektor rektorin schulleiter schulleiterin betreuer betreuerin erzieher erzieherin pate patin patenonkel patentante mitschüler mitschülerin sitznachbar sitznachbarin fründ fründin fründe gspänli gschpänli bruedi brüetsch schwöschter grosi grossmami grossvati gotti götti',
  possessives:
    'mini dini sini mei mein meine meinen meinem meiner meines dein deine deinen deinem deiner sein seine seinen seinem seiner ihr ihre ihren ihrem ihrer unser unsere unseren unserem unserer euer eure der die den dem des',
  titles: 'herr herrn frau hr. fr. mag. dipl. ing. doktor dr. prof. professor professorin fräulein trainer trainerin',
  schools:
    'gym|gymi|sek|-gym|-gymi|GS|GGS|GSG|IGS|BRG|MS|OS|RS|grundschule|gymnasium|realschule plus|realschule|hauptschule|gesamtschule|mittelschule|oberschule|volksschule|sekundarschule|gemeinschaftsschule|förderschule|berufsschule|kantonsschule|kanti|stadtteilschule|waldorfschule|regelschule|werkrealschule|europaschule|bezirksschule|privatschule|oberstufenzentrum|berufskolleg|schule|BRG|BG|BORG|HTL|HAK|NMS|IGS|KGS|-gymnasium|-schule|-realschule|-grundschule|-gesamtschule|-oberschule|-mittelschule',
  streets:
    '-str -strass -straße -strasse -str. -gasse -weg -allee -platz -ring -damm -ufer -chaussee -steig -pfad -kai -zeile -gässli +straße +strasse +str. +gasse +weg +allee +platz +ring +damm +ufer =hausnummer =hausnr =nr wohnanlage wohnpark siedlung',
  births:
    'geboren|geburtstag|geb.|geburtsdatum|geburtstagsparty|bday|ehrentag|wiegenfest|auf die welt gekommen|zur welt gekommen|auf die welt kam|zur welt kam',
  signs:
    'sternzeichen|mein zeichen|horoskop|aszendent|widder|stier|zwilling|zwillinge|krebs|löwe|jungfrau|waage|skorpion|schütze|steinbock|wassermann|fische',
  months:
    'januar/jänner/jan februar/feber/feb märz/maerz/mrz april/apr mai juni/jun juli/jul august/aug september/sept/sep oktober/okt november/nov dezember/dez',
  days: 'erste/ersten/erster zweit dritt viert fünft sechst siebt/siebent acht neunt zehnt elft zwölft dreizehnt vierzehnt fünfzehnt sechzehnt siebzehnt achtzehnt neunzehnt zwanzigst einundzwanzigst zweiundzwanzigst dreiundzwanzigst vierundzwanzigst fünfundzwanzigst sechsundzwanzigst siebenundzwanzigst achtundzwanzigst neunundzwanzigst dreißigst einunddreißigst',
  lives:
    'wohne|wohn|wohnen|wohnt|ich lebe|wir leben|zuhause|zu hause|daheim|meine adresse|unser haus|unsere adresse|wohnblock|meine wohnung|unsere wohnung|ziehen|ziehe|umziehen|umgezogen',
  names:
    'katrin erwin corvin merlin oliver mia emma hannah hanna sophia sofia emilia lina marie luise mila ella lea leonie amelie clara klara lena anna luisa louisa johanna laura lara maja frieda ida greta nele lia paula charlotte lilly lilli lotta jana jule julia sarah alina helena mathilda matilda elisa marlene merle pia ronja zoe finja erika heike petra sabine claudia susanne sandra stefanie katharina christina noah ben paul leon finn elias jonas luis louis felix lukas luca henry henri emil theo maximilian max anton jakob liam moritz david oskar oscar mats matteo tim tom niklas nico jan philipp julian samuel leo karl linus fynn alexander jonathan simon erik noel levi milan tobias florian fabian sebastian lennard lennart ole mika hannes vincent heinrich hans heinz peter klaus jürgen wolfgang thomas michael andreas stefan markus uwe dieter ralf frank bernd lukas tobi kerem yusuf emre mehmet ali ahmet deniz elif ayşe ayse zeynep aylin melike selin selina malte mira emily lionel jannik jannis janne luka leni lenny lotte thea nora lisa sophie nina jasmin vanessa chiara celina sina svenja kim jessica michelle marcel kevin dennis dominik patrick sven jens lars nils timo marco sandro reto urs flurin seraina nadine corinne ursina anja andrea franziska valentina valentin mattia gian noemi sebi basti flo maxi adrian alexa anja anke annika arne bastian benedikt benno bine birgit björn bjorn carla carolin carsten christian christoph constantin dilara dirk doris elke emir erik finja frederik friedrich gabi georg gerda gerhard gisela gregor günter gunter helga helmut henrike hilde holger ilse ines ingrid jasper jonte josefine julius karin kathi katja kerstin kilian konstantin lasse lorenz luisa magda magdalena maik malik manfred manuel marvin matthias merve moni nele olaf paulina rainer renate robin roland rüdiger rudiger sascha silke steffi theresa thilo till torben ulrike ute vera veronika vroni walter wiebke yannick henrik hendrik lenja lotte benjamin konrad johannes jasmin lukas luca fritz franz sepp seppi resi vroni anton hias michi steffen jörg jorg heiko ines tanja nadja natascha carina bianca isabell isabel melanie angelina emir mustafa hakan burak can cem baran berat eren enes yasin furkan aylin elif esra büşra busra derya leyla lara maya amira samira ben jannis mattis ida tilda smilla linnea liv tjark hauke fiete jarne karsten torsten sören morten maren marven jolien',
  ambiguous:
    'august frank fee rosa lila wolf mai ernst heide birke otto mark till sonne engel wald berg stern jung schön lust max leo luna alexa',
  people:
    'mit|bei|gegen|zu|gefragt|geschrieben|getroffen|angerufen|erzählt|erzaehlt|gesagt|geküsst|gekuesst|hängt mit|haengt mit|mag|steht auf|verknallt in|verliebt in|geht mit',
  stop: 'level stufe skorpion zwilling zwillinge widder jungfrau waage steinbock wassermann weihnachten ostern silvester ich du er sie es wir ihr mich mir dich dir ihn ihm uns euch sich mein meine dein sein unser der die das den dem des ein eine einen einem einer und oder aber doch denn weil dass wenn falls sobald obwohl damit ob bevor nachdem als wie was wer wo wann warum wieso nicht kein keine keinen nichts auch noch schon nur sehr so ja nein mal halt eben voll echt ist bin bist sind seid war waren hat hod hot hoat hät het hed isch gsagt gsogt habe hab hast haben hatte hatten wurde wurden konnten mussten durften sollten wollten gingen machten lernten spielten wird werde wirst werden kann kannst können muss musst darf soll will mag gibt geht gehe macht mache sagt sagte hier da dort heute morgen gestern jetzt immer nie oft bald dann also zu zum zur bei beim mit ohne für von vom aus an am im in auf aufs über unter nach vor hinter neben zwischen gegen um bis seit während wegen trotz trotzdem sowieso irgendwie diesmal stattdessen ohnehin jedenfalls außerdem deshalb deswegen dabei dafür damit danach daran darauf darin darüber darum davon davor dazu pkt punkte tore spiele siege vorlagen minuten sekunden stunden tage euro meter kilometer grad prozent seiten fehler runden leben münzen karten danke bitte hallo hey hi servus moin tschüss lol digga alter krass cool nett lieb doof blöd müde traurig froh glücklich sauer böse gut schlecht neu alt groß klein selten komisch peinlich einzigartig jahre jahr mathe deutsch englisch sport schule klasse hausaufgaben lehrer pause ferien stress spaß freunde kinder leute gerade grad wieder eigentlich total ganz meint meinte gab gibt erklärt erklärte schreibt schrieb findet fand fan kind schüler schülerin mädchen junge neu steht stand fehlt klingt passt stimmt gefällt bedeutet taucht erscheint reimt endet beginnt ki roboter assistent assistentin neue neuer neuen größte grösste kleinste beste bester letzte erste jüngste älteste einzige schnellste klügste coolste abi abitur matura',
  me: 'ich mich mir mei mein meine meinen meinem meiner wir uns unser unsere i mia',
  with: 'mit',
  and: 'und|u.',
  particles: 'am an der die den dem des in im zum zur vom von auf',
  is: 'ist|is|isch|lautet|wäre|:',
  signoffs:
    'bussi|bussis|baba|liebi grüess|liebi grüessli|grüessli|en liebe gruess|tschüss|tschüs|tschau|ciao|grüße|liebe grüße|lg|viele grüße|vg|gruß|gruss|bis morgen|bis dann|bis bald|bis später|gute nacht|danke|vielen dank|dein|deine|euer|eure|von|hdl|hdgdl|servus|baba|adieu',
  handles:
    'in @ heiß ich|auf @ heiß ich|bei @ heiß ich|in @ heiss ich|auf @ heiss ich|in @ bin ich|auf @ bin ich|bei @ bin ich|in @ heiße ich|auf @ heiße ich|ich streame als|streame als|streamen als|unter dem namen|mein name in @ ist|mein name auf @ ist|mein name bei @ ist|mein @ name ist|mein @ name|mein @|adde mich auf @|adde mich in @|add mich auf @|adde mich|add mich|folgt mir auf @|folg mir auf @|folgt mir|mein benutzername|benutzername|nutzername|mein nickname|mein username|mein spielername|spielername|mein ingame name',
  ages: '# werde|# werd|ich werde ~ #|werde ich ~ #|ich werd ~ #|werd ich ~ #|wir feiern meinen #|meinen #. geburtstag|meinen #.|meinen #ten|meinen #ter|meinen #sten|mein #.|mein #. geburtstag|bin ich endlich #|dann bin ich #|bin ich dann #|bin ich schon #',
  same: 'wie ich|genau wie ich|wie meiner|wie mein|am selben tag wie ich',
  theirs: 'wurde|ist geboren|wurde geboren|ist * geboren|wurde * geboren|lebte|wohnte|wohnt|lebt',
  sited: 'liegt|lag|befindet sich|befand sich|steht|stand|ist in der|ist in|ist am|ist an der|war in der|war am',
  ids: 'reisepassnummer|krankenkassenkarte|krankenkassennummer|krankenversichertennummer|versichertennummer|versichertenkarte|personalausweis|ausweis|ausweisnummer|perso|personalausweisnummer|reisepass|passnummer|steuer-id|steuernummer|sozialversicherungsnummer|versicherungsnummer|krankenversicherungsnummer|schülerausweis|schülerausweisnummer|schülernummer|ahv|ahv-nummer|svnr|sendungsnummer|sendigsnummer|trackingnummer|buchungscode|buchungsnummer',
  phones:
    'schreib handy handynummer nummer telefon telefonnummer festnetz festnetznummer tel mobil mobilnummer anrufen ruf whatsapp sms erreichbar natel',
  postcodes: 'postleitzahl|plz',
  corners: 'ecke * und *|an der ecke * und *|kreuzung * und *',
  works:
    'lesen märchen lied song film buch serie album titel hörbuch lieblingsbuch lieblingsfilm lieblingsserie lieblingslied lieblingssong lieblingsalbum lieblingsfolge folge hörspiel tagebuch kapitel comic roman buchvorstellung buchbericht lesebericht buchreferat lektüre lesetagebuch inhaltsangabe lieder songs playlist lieblingsmärchen lieblingsgedicht lieblingsroman lieblingscomic krippenspiel theaterstück musical',
  quotes:
    'lied|songtext|musik|musikunterricht|flöte|blockflöte|klavier|noten|refrain|strophe|dialog|rollenspiel|diktat|zitat|sprichwort|redewendung|spruch|gedicht|märchen|roman|lektion|lehrbuch|schulbuch|arbeitsheft|arbeitsblatt|grammatik|satz|musterbrief|theaterstück|szene|bedeutet|bedeutung|übersetzt|übersetzen|übersetzung|singen|singt|sang|gesungen|singe|englischbuch|französischbuch|lateinbuch|deutschbuch|lesebuch|workbook',
  invents:
    'schreib eine geschichte|schreib mir eine geschichte|schreibe eine geschichte|schreibe mir eine geschichte|schreib ein märchen|schreib mir ein märchen|schreib ein gedicht|schreib mir ein gedicht|erfinde eine geschichte|erfind eine geschichte|erfinde mir eine geschichte|erfinde ein märchen|erzähl mir eine geschichte|erzähl eine geschichte|denk dir eine geschichte|textaufgabe|textaufgaben|sachaufgabe|sachaufgaben|rechengeschichte|rechenaufgabe|knobelaufgabe|mein beispiel|als beispiel|aufsatz|aufsätze|erörterung|nacherzählung|bildergeschichte|fantasiegeschichte|reizwortgeschichte|fortsetzungsgeschichte|englischbuch|französischbuch|lateinbuch|deutschbuch|lesebuch|mathebuch|mathe buch|matheheft|arbeitsheft|rätsel|raetsel|scherzfrage|witz|schreib *geschichte|schreibe *geschichte|erfinde *geschichte|schreib *märchen|erfundene figur|erfundenen figur|ausgedachte person|ausgedachten person',
  sites: 'website webseite homepage seite blog kanal profil konto account shop portfolio galerie podcast band',
  made: 'ich hab ne|ich habe eine|ich hab eine|ich hab einen|ich habe einen|ich habe ein|ich hab ein|hab ne|ich betreibe|hier mein|hier meine|hier ist mein|hier ist meine|schaut euch mein',
  households:
    'bei familie|familie|klingel|klingelschild|klingeln bei|klingle bei|wohne bei|wohnt bei|bei * klingeln|bei * läuten',
  turns: 'werde|werd|wird|wirst|werden',
  celebrates:
    'hat am|hatte am|hat geburtstag|hatte geburtstag|feiert|feierte|hat * am|hatte * am|geboren und * am|geburtstag und * am',
  cards: 'karte|kreditkarte|bankkarte|ec-karte|girokarte|debitkarte|visa|mastercard',
  homes: 'haus wohnung hof block gebäude',
  near: 'neben|gegenüber von|gegenüber|hinter|über der|über dem|oberhalb',
  pets: 'hund katze kater kätzchen hamster meerschweinchen kaninchen zwergkaninchen hase fisch goldfisch wellensittich vogel pferd pony schildkröte affe maus schwein kuh schaf ziege ente huhn esel bär fuchs frosch schlange igel giraffe elefant elefantenkuh elefantenbaby löwe löwin tiger tigerin zebra panda pinguin delfin robbe eisbär koala känguru nashorn nilpferd gorilla otter gepard',
  things:
    'stadt dorf ort land spiel game app fach lieblingsfach lieblingsspiel avatar sim level welt insel schiff auto fahrrad roboter teddy kuscheltier puppe server schulserver klassenchat gruppenchat chat wlan router lernplattform plattform team mannschaft verein laden geschäft restaurant café imbiss',
  famous:
    'mozart beethoven goethe schiller einstein biene_maja anne_frank albert_einstein angela_merkel martin_luther weihnachtsmann ligusterweg frau_holle benjamin_blümchen bibi_blocksberg pippi_langstrumpf jesus pumuckl shirin_david nina_chuba apache_207 mark_forster helene_fischer michael_schumacher mick_schumacher sebastian_vettel thomas_müller manuel_neuer toni_kroos jamal_musiala florian_wirtz kai_havertz joshua_kimmich harry_kane heidi_klum dieter_bohlen julien_bam papaplatte montanablack gronkh knossi capital_bra udo_lindenberg herbert_grönemeyer tim_bendzko peter_fox clueso wincent_weiss lena_meyer-landrut olaf_scholz friedrich_merz johann_sebastian ludwig_van wolfgang_amadeus franz_joseph kaiserin_sisi johann_wolfgang justus_jonas peter_shaw bob_andrews emil_tischbein sophie_scholl hans_scholl wilhelm_tell gregor_samsa effi_briest woyzeck michael_kohlhaas mephisto hans_riegel',
  classics:
    'emil und die detektive|das fliegende klassenzimmer|pünktchen und anton|die welle|der vorleser|tschick|krabat|die verwandlung|der process|der prozess|nathan der weise|kabale und liebe|die räuber|wilhelm tell|maria stuart|effi briest|der schimmelreiter|woyzeck|die physiker|der besuch der alten dame|homo faber|das parfum|die leiden des jungen werther|die judenbuche|der zerbrochne krug|der zerbrochene krug|das tagebuch der anne frank|damals war es friedrich|rico, oskar und die tieferschatten|die rote zora|das sams|die unendliche geschichte|jim knopf|die kleine hexe|der kleine prinz|die schule der magischen tiere|gregs tagebuch|die drei fragezeichen|die drei ???|fünf freunde|der räuber hotzenplotz|harry potter|one piece|naruto|stardew valley|hogwarts legacy|corpus delicti|tintenherz|biss zum morgengrauen|der junge im gestreiften pyjama|das schicksal ist ein mieser verräter|der herr der ringe|die tribute von panem|die chroniken von narnia',
  /** A verb in -t or a small verb after the name ("meine oma hannelore backt", "onkel ralf holt mich ab"). */
  verbAfter: String.raw`^[ \t]+(?:\p{Ll}{2,}(?:[^dt\s]t|et)|ist|hat|war|kann|will|muss|darf|soll|wird|mag|weiß)(?![\p{L}])`,
  /** A word shaped as a verb is no name after a relation ("meine mama trinkt", "mein papa arbeitet"). */
  verbShape: '(?:[^dt]t|en|st)$',
  /** A word shaped as a describing word or an adverb ("mein opa früher war…", "meine oma gestern…"). */
  describing: '(?:er|lich|ig|isch|bar|sam|los|weise|wärts|s)$',
};

export default pii;

/** Personal-data cue words of the fr pack: see docs/language-packs.md and PackPII. */
import type { PackPII } from '../lang/types.js';

const pii: PackPII = {
  intros:
    "je m'appelle|je m'apelle|jm'appelle|je m'appel|je mappelle|je mapelle|je mapel|je mappel|jmappelle|jmapelle|jmapel|je m appelle|je m apelle|moi c'est|moi cest|mon nom c'est|mon nom est|mon prénom c'est|mon prénom est|mon vrai nom c'est|mon vrai nom est|mon nom de famille c'est|mon nom de famille est|on m'appelle|tout le monde m'appelle|tout le monde m'appel|appelle-moi|je me nomme|je me prénomme|mon vrai prénom c'est|mon vrai prénom est|moi c|nom :|nom:|prénom :|prénom:|prenom :|prenom:|nom de famille :|nom de famille:",
  weak: 'je suis|jsuis|j’suis|chu|chuis|chui|salut c’est|coucou c’est|bonjour c’est|hello c’est|ici c’est|c’est moi|c moi|slt c’est|cc c’est|salut c|coucou c|bonjour c|hello c|slt c|cc c|salut cé|coucou cé|slt cé|en vrai c’est|en vrai c|en vrai je m’appelle|dans la vraie vie c’est|irl c’est',
  called:
    "s'appelle|s'apelle|s'appel|nommé|nommée|prénommé|prénommée|on l'appelle|tout le monde l'appelle|tout le monde dit|surnommé|surnommée|son surnom c'est|son surnom est",
  relations:
    'arrière-grand-mère arrière-grand-père belle-mère chum mère maman mam papa père daron daronne frère frérot frangin sœur soeur frangine cousin cousine oncle tonton tante tata tatie tati mamie mamy papi papy mémé pépé grand-mère grand-père grand-mere grand-pere parrain marraine beau-père belle-mère beau-pere belle-mere demi-frère demi-sœur demi-soeur ami amie copain copine pote poto meuf mec bff voisin voisine prof profe professeur professeure maîtresse maitresse maître maitre instit institutrice instituteur directeur directrice entraîneur entraineur coach nounou camarade surveillant surveillante chéri chérie crush fils fille femme mari best bestie',
  possessives: 'mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs la le les un une',
  titles: 'm. monsieur mme madame mlle mademoiselle maître maitre docteur dr entraîneur entraineur',
  schools:
    "maternelle|cégep|cegep|polyvalente|poly|lycee|ecole|college|CLG|ISJ|école élémentaire|école primaire|école secondaire|école maternelle|école communale|école privée|école|collège privé|collège|lycée professionnel|lycée privé|lycée agricole|lycée pro|lycée|athénée|cycle d'orientation|institut|institution|cégep|polyvalente|gymnase|groupe scolaire|cité scolaire|clg|CO",
  streets:
    'av r. ch. res. rés. bd. rue avenue av. bd boulevard allée chemin impasse place route quai cours square passage sentier ruelle voie résidence lotissement cité promenade montée esplanade faubourg chaussée rang lieu-dit lieudit hameau',
  births:
    "ma fête|ma fete|né|née|nee|naissance|naiss.|ddn|d.d.n.|anniversaire|anniv|anni|annif|je suis du|jsuis du|j'suis du|chu du",
  signs:
    'signe astro|signe astrologique|mon signe|horoscope|ascendant|zodiaque|bélier|taureau|gémeaux|cancer|lion|vierge|balance|scorpion|sagittaire|capricorne|verseau|poissons',
  months:
    'janvier/janv février/fevrier/févr/fevr mars avril/avr mai juin juillet/juil août/aout septembre/sept octobre/oct novembre/nov décembre/decembre/déc',
  days: 'premier deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf vingt vingt-et-un vingt-deux vingt-trois vingt-quatre vingt-cinq vingt-six vingt-sept vingt-huit vingt-neuf trente trente-et-un',
  lives:
    "j'habite|jhabite|j'habites|habite|habitons|habitent|je vis|on vit|nous vivons|je reste|j'reste|jreste|chez moi|ma maison|notre maison|mon adresse|domicile|bâtiment|batiment|mon immeuble|mon appart|notre appart|déménage|déménageons|déménager|on déménage|on emménage|emménage",
  names:
    'léa emma chloé manon camille inès jade louise alice lina anna mila ambre julia juliette zoé lou clara sarah eva romane jeanne léna lucie margaux mathilde noémie nina maïka océane pauline justine marie julie laura élise anaïs agathe capucine apolline maëlle maëlys lilou louna nour yasmine lilia salomé charlotte lola valentine elsa héloïse nadia sophie fatima amina gabriel léo raphaël louis lucas jules hugo arthur maël noah adam paul nathan ethan tom théo enzo mathis sacha nolan timéo rayan yanis axel baptiste antoine maxime thomas alexandre clément victor mathéo eliott malo aaron samuel noé liam mohamed ibrahim youssef ilyes kylian kenzo valentin quentin romain benjamin julien nicolas florian kevin dylan loïc bastien simon félix marius joseph oscar basile augustin gaspard lenny isaac karim mehdi sofiane bilal yanis maïwenn cléa lisa lise élodie margaux capucine baptiste lucille lulu rosalie xavier grégory gregory timothée timothee mégane megane wout sami samy théa thea alix romy margot victoire albane garance clémence clemence coralie ophélie mélanie melanie aurélie émilie emilie céline celine sandrine nathalie isabelle sylvie véronique christine stéphanie laurence rémi remi léon leon gabin tiago naël nael ayoub wassim amir ilyès kais rayane issa moussa mamadou léandre evan loris killian kilian dorian lorenzo mathias martin jérémy jeremy sébastien sebastien olivier laurent philippe éric eric pascal christophe frédéric fred stéphane patrick thierry didier gilles jean jacques pierre michel françois adèle adele adrien aïcha aicha alexis amandine anaë anaé anouk arnaud aurélie aurelie aurélien aurelien axelle bastien benoît benoit bérénice berenice blandine brigitte cédric cedric céline celine chantal charles christophe clarisse clémence clemence colette coralie corentin damien delphine dimitri djibril dorian élodie elodie éloïse eloise émilie emilie émile emile émilien estelle étienne etienne eugénie fabien fanny flavie florian francis françois francois frédéric frederic gaël gael gaëlle gaëtan gaetan gaspard geneviève germain gilles grégory gregory guillaume hélène helene henri ilyana ilyes isaac jacob jacques jean jérémie jeremie jérôme jerome joachim joël joel joséphine josephine juju julien justin kenza killian laetitia laurent léane léonie leonie léon lilou loïc loic lorenzo louane lucien ludovic lyna maëlle maëva malik marc margot marius martin mathias matthieu maxence mélanie mélissa mickaël mohamed morgane nathalie nicolas noa noé noe noah noémie octave olivier oscar pascal patrice perrine philippe quentin rachida rémi remi romain rosalie sandrine sébastien sebastien simon soan stéphane stephane sylvain sylvie tiago timothée timothee titouan valérie valerie victoire vincent virginie william xavier yann yasmine youssef zachary félix felix samuel océane mégane megane zoé zoe josette hélène helene thérèse therese jérôme mamadou moussa ibrahim fatou aminata kylian ilan naël nael lyam eden ayoub imran kaïs kais wassim sofiane nassim mehdi karim bilal anis amir samia leïla leila sarah myriam nour wendy kevin dylan jordan brandon anthony jérémy jeremy mickael ludivine gwendoline maelys',
  ambiguous:
    'rose pierre claire blanche olive prune violette marguerite colombe céleste celeste victoire constance patience ange aimé france florence marine noël noel mars avril juin mai pascal max prince reine lune soleil ambre alexa pau',
  people:
    'avec|avc|à|a|chez|contre|texté|texte|dit à|dit a|écrit à|ecrit a|appelé|appele|vu|invité|invite|parlé à|parle a|parle avec|aime bien|kiffe|amoureuse de|amoureux de|craque pour|sort avec',
  stop: 'prénom prenom niveau aîné aînée aine ainee cadet cadette jumeau jumelle adoptif adoptive chéri chérie adoré adorée préféré préférée remplaçant remplaçante remplacant remplacante stagiaire titulaire principal principale capricorne verseau poissons bélier taureau gémeaux vierge sagittaire scorpion noël noel pâques paques toussaint jsuis chu chuis jai je tu il elle on nous vous ils elles me te se moi toi lui leur eux y en le la les l un une des du de d au aux à a ai as avait avais est es sont suis sommes êtes était été être avoir fait fais faire dit dis va vais vas vont aller et ou mais donc or ni car que qu qui quoi quand comment pourquoi où ce cet cette ces ça ca c cest pas ne n plus très tres trop bien mal aussi encore déjà deja jamais toujours rien tout tous toute toutes avec sans pour par sur sous dans chez entre vers après apres avant pendant durant depuis année automne hiver printemps été session semestre trimestre prochain prochaine dernier dernière rentrée primaire élémentaire secondaire supérieur supérieure ici là oui non si mon ma mes ton ta tes son sa ses notre nos votre vos leurs salut bonjour bonsoir coucou merci stp svp mdr mdrr lol ptdr jsp jpp wsh frr hier demain aujourd soir matin nuit ans an mois jour jours semaine moment fois peu beaucoup vraiment genre tellement juste même meme autre autres quel quelle quels quelles comme ok dac bah ben bon bonne ouais nan né née nul nulle triste content contente fatigué fatiguée perdu perdue principal principale sympa gentil gentille méchant méchante nouveau nouvelle vieux vieille bientôt ia robot assistant assistante copilote pareil pareille idem maths math svt français francais anglais espagnol allemand histoire géo geo physique chimie techno eps plutôt plutot souvent parfois contraire surtout carrément autrefois jadis quelquefois ensuite enfin désormais longtemps peut-être ptet vite tard tôt là-bas bref presque ensemble dehors dedans partout ailleurs assez moins pire environ exprès debout aussitôt sinon puis alors ainsi toutefois soudain tantôt lui-même elle-même celui celle celles chacun personne aucun certains plusieurs',
  me: 'je j moi mon ma mes m on nous notre nos',
  with: 'avec|avc',
  and: 'et',
  particles: "de du des de la d' l' la le les aux",
  is: "est|c'est|cest|c|ce|sera|était|etait|:",
  signoffs:
    'bisous|bisou|bises|gros bisous|biz|bizz|bonne nuit|bonne journée|bonne soirée|à plus|a plus|à+|a+|à bientôt|a bientot|à tantôt|a tantot|à tout à l’heure|a tout a l’heure|à plus tard|tchao|à demain|a demain|merci|merci beaucoup|salut|ciao|cordialement|amicalement|ton ami|ton amie|de la part de|signé',
  handles:
    "sous le nom de|sous le nom|sous le pseudo|ma gamertag @|ma gamertag|mon gamertag|mon pseudo sur @|mon pseudo @|mon pseudo|mon nom sur @|mon nom d'utilisateur|mon identifiant|mon @|ajoute moi sur @|ajoute-moi sur @|ajoute moi|ajoute-moi|ajoutez-moi|rajoute moi|suis-moi sur @|suis moi sur @|abonne toi à|abonnez-vous à|pseudo",
  ages: "fête ses # ans|fêtera ses # ans|va avoir # ans|aura # ans|j'ai # ans le|jai # ans le|j'aurai # ans le|je fête mes # ans|je vais fêter mes # ans|je vais avoir # ans|j'vais avoir # ans|j'aurai # ans|j'aurai ~ # ans|jaurai ~ # ans|je fais mes # ans|pour mes # ans|mes # ans|mes # bougies|mes # printemps|j'en aurai #|jen aurai #|je passe à #|je passerai à #|j'ai # ans depuis le|jai # ans depuis le",
  same: 'comme moi|pareil que moi|même jour que moi|le même que moi',
  theirs: 'est né|est née|naquit|habitait|vivait|a vécu|habite|vit',
  buildings:
    'médiathèque bibliothèque piscine mairie gymnase cinéma ciné magasin boutique pharmacie poste gare musée stade patinoire hôpital clinique cabinet supermarché boulangerie théâtre mjc commissariat',
  sited:
    "c bien au|c bien à|c'est bien au|c'est bien à|est bien au|est bien à|se trouve bien|c au|se trouve|se trouvait|est situé|est située|était situé|était située|c'est au|c'est à|c'est|est au|est à|était au",
  ids: "nas|numéro d'assurance sociale|numéro d'assurance-sociale|nir|numéro de sécu|numéro de sécurité sociale|sécurité sociale|sécu|carte vitale|carte d'identité|numéro ine|numéro avs|avs|numéro fiscal|passeport|numéro d'élève|matricule|ine|mon ine|numéro de badge|carte de cantine|code permanent",
  phones:
    'écris ecris écrire texte numéro num natel portable tel tél téléphone gsm fixe appelle appelez rappelle sms texto joindre',
  postcodes: 'code postal|cp|npa',
  corners: "au coin de * et *|à l'angle de * et *|au croisement de * et *",
  works:
    'lire|lu|lue|dessin animé|manga|bd|conte|chanson|film|livre|série|fiche de lecture|fiche lecture|musique|album|titre|roman|poème|poésie|un texte|le texte|ce texte|du texte|éditions|editions|tome|chapitre|auteur|autrice|écrivain|écrivaine',
  quotes:
    'chanson|paroles|refrain|couplet|dialogue|jeu de rôle|jeu de role|dictée|dictee|réplique|proverbe|citation|expression|poème|poeme|fable|conte|roman|pièce|manuel|leçon|signifie|traduire|traduction|traduit|théâtre|theatre|scène|tirade|mon rôle|mon texte|chante|chantent|chanter|chantait|chanté',
  invents:
    'écris une histoire|écris-moi une histoire|écris moi une histoire|ecris une histoire|écris un conte|écris-moi un conte|écris un poème|écris-moi un poème|invente une histoire|invente-moi une histoire|invente moi une histoire|invente un conte|raconte-moi une histoire|raconte moi une histoire|raconte une histoire|imagine une histoire|fais une histoire|devinette|énigme|enigme|charade|blague|écris * histoire|écrire * histoire|écris * nouvelle|écrire * nouvelle|écris * conte|personnage inventé|personnage fictif|invente la suite',
  sites: 'site blog chaîne page profil compte portfolio boutique',
  made: "j'ai fait|j'ai créé|j'ai cree|j'ai lancé|j'ai monté|j'ai un|j'ai une|je fais|voici mon|voici ma|voilà mon|voilà ma",
  starts: "c'est|cest|c|allo c'est|allô c'est|yo c'est|yo c|hello c'est|ici c'est",
  households:
    'sonne chez|sonnez chez|sonner chez|sonne à|sonnez à|sonner à|habite chez|habitons chez|dors chez|dormir chez|chez les|famille',
  turns: 'aura|aurai|auras|va avoir|vais avoir|fête|fêtera|fete|fetera',
  celebrates: 'fête son anniversaire|fete son anniversaire|a son anniversaire|avait son anniversaire|fête ses|fete ses',
  cards: 'carte|carte bleue|carte bancaire|carte de crédit|carte de credit|cb|visa|mastercard',
  homes: 'maison appart appartement immeuble logement',
  near: 'à côté de|a cote de|en face de|derrière|derriere|au-dessus de|au dessus de|en dessous de|au-dessous de',
  pets: "chien chienne chiot chat chatte chaton hamster lapin poisson tortue perroquet oiseau cheval poney cochon d'inde furet singe souris cochon vache mouton chèvre canard poule âne ours renard grenouille serpent perruche canari hérisson",
  things:
    'ville village pays jeu appli application matière avatar sim niveau monde île bateau voiture vélo robot doudou peluche poupée',
  famous:
    'tintin milou astérix obélix asterix obelix dark_vador luke_skywalker victor_hugo napoléon napoleon kylian_mbappé mbappé zinedine_zidane stromae petit_prince marie_curie de_gaulle squeezie père_noël pere_noel angèle maître_gims gims aya_nakamura soprano jésus yoda maître_corbeau maître_renard maitre_corbeau maitre_renard orelsan ninho damso nekfeu soolking vitaa indila kendji_girac mylène_farmer johnny_hallyday serge_gainsbourg eddy_mitchell jacques_dutronc zaho_de_sagazan inoxtag michou amixem tibo_inshape mcfly léna_situations antoine_griezmann ousmane_dembélé olivier_giroud paul_pogba karim_benzema teddy_riner tony_parker victor_wembanyama antoine_dupont léon_marchand pierre_gasly charles_leclerc emmanuel_macron jacques_chirac louis_xiv louis_xvi marie-antoinette thomas_pesquet coco_chanel le_petit_nicolas gaston_lagaffe lucky_luke',
  /** An object pronoun, or a verb that is no infinitive and its object ("papy gérard m'apprend", "ma mamie josiane fait des crêpes"). */
  /** A word shaped as a describing word ("ma tante préférée est…", "mon cousin gentil a…"), not a name. */
  describing: '(?:é|ée|és|ées|if|ive|eux|euse|ique|able|ible|ant|ante|ent|ente|al|ale|aux|ie|ies|ier|ière|eur|euse)$',
  verbAfter: String.raw`^[ \t]+(?:[mt]['’]\p{L}|(?:me|te|nous|vous|lui|leur)[ \t]|(?:est|était|etait|a|va|vient|revient|arrive|habite)(?![\p{L}'’])|(?!(?:dans|sur|avec|pour|chez|sans|sous|vers|depuis|pendant|contre|entre|après|apres|avant|comme|et|ou|mais|qui|que|quand|dit|est|toujours|souvent|encore|aussi|déjà|deja|trop|tout|bien|vraiment|beaucoup)[ \t])\p{Ll}{2,}(?<!er|ir|re|oir)[ \t]+(?:des|les|le|la|un|une|du|au|aux|ma|mon|mes|ta|ton|tes|pas|jamais|plus|rien)(?![\p{L}]))`,
};

export default pii;

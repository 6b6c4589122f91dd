/**
 * The fr language pack: see docs/language-packs.md.
 *
 * French as children and teenagers type it in France, Belgium, Switzerland
 * and Québec: no accents, SMS spellings (jsuis, chui, jveux, jvais, g envi,
 * mdr, ptdr), verlan (meuf, daron) and Québec words (chum, blonde, pantoute).
 * Words are read folded (no accents, repeated letters collapsed: "frappée"
 * reads "frape") and stemmed, so a list names one form of a family; `=` marks
 * a word read exactly, where its stem would fall on an ordinary word
 * ("=coupe", not "coup"; "=mere", not "mer").
 *
 * Strong rules are small combinations of concepts; weak signals (`~`) only
 * count together, in one message or across the child's earlier ones:
 * hopelessness and a means, an older contact and secrecy, a threat and
 * money, weight talk and skipped meals. Signal names follow the es and en
 * packs' where they mean the same, so that one piece of evidence read by two
 * packs counts once.
 *
 * Concepts use the shared names of the docs where the French list means the
 * same thing. The pack's own concepts have short names (the pack must stay
 * under 8 KB gzipped, and every name is repeated in the rules), so that no
 * other pack's rule reads a broad French list under its own name:
 *
 * self-harm  HG "va me" (someone else will); NV never, for good; KM verbs
 *            after "me"/"se" (tuer, pendre, jeter); LF life; LA where one
 *            lives (idiom guard); PT point, reason; SH shame (idiom guard);
 *            ID idioms ("de rire", "la dalle"); FIN "en
 *            finir"; TX thanks; LTR letter, everyone; WR wrote, left; AFT
 *            after I'm gone; GV giving; BELONG belongings; QTY how much, how
 *            high; INT intent, habit; ACC accident (guard); HD hiding;
 *            MK marks, bruises; STOPIT it stopping; NOTICE nobody would
 *            notice or miss; LEAVE leaving; ATTEMPT a past attempt; TUTO
 *            how-to videos; LEGACY codes and accounts left; CASO "in case";
 *            VOID looking down; LASTF a last post.
 * eating     FD food, meals; SK skipping; DY days; GRS fat; SM seeing or
 *            feeling oneself; PDS weight, losing or gaining; MNC thin; LN
 *            low numbers; PJ per day; HY healthy (guard); ANX anorexia;
 *            SCK sickness (guard); QUE only; SPT exercise; GLT guilt; PRB
 *            probing questions; POL pool; HGR hunger; MUST having to; DGT
 *            disgust; BDYW body parts; FAIM, PASS hunger pushed away; LIQ
 *            drinks only; GOAL a target; LIE "already ate"; BONES bones
 *            showing; SHOW showing; CANCEL undoing a meal; MINI a minimum.
 * grooming   SURP surprises (guard); HSEC a harmless secret (guard); OLD adult, older, stranger; GUY "mec", "gars"; PRV privacy
 *            settings (guard); PAR parents; IRL meeting up; MV moving the
 *            chat; PRS praise; WER what you wear; UND undressing.
 * abuse      SIB siblings and friends; JEU games and sport (guard); NGT
 *            night, bedroom, bathroom; RAP rape, sexual abuse; FR fear; GH
 *            going home; OUT outside at night (guard); PUN locking up,
 *            punishment; PV deprivation; DDS "des trucs que j'aime pas";
 *            CVR cover stories; DRK drunk; NF no food; GN carer away; FEIGN
 *            pretending to sleep, afraid to; DORM sleeping (guard); ALLN all
            night long (guard); BLAME; DESERVE "je l'ai mérité";
 *            DIT an adult says; HUSHF not telling.
 * violence   OBJ object pronouns; HRM harm verbs; MUR killing methods; TGT
 *            targets and times; STY fiction (guard); ETU schoolwork
 *            (guard); BRG bringing; BMB bomb; FAB making; BTH bath bombs
 *            (guard); PSN poison; DRN drinks; KO knocking out; HW how; LST
 *            list; PAY revenge; SCR scaring, waiting for someone.
 * friends    TK took, swallowed; LOT a lot, a whole box; RSP breathing,
 *            answering, waking; FUG running away; FINI "it's over for";
 *            NRET not back; LOCKIN locked in.
 * activities STRG strangling games, sniffing; FNT passing out; PRE pressing; CHS chest, neck; DNG dangerous
 *            things and places; RID vehicles; CLB climbing, hanging on; WRN
 *            warnings and sport (guard); LNG how long.
 * roleplay   ETRE "be my"; ROM romance; SAY "dis-moi"; LUV "je t'aime"; PET
 *            pets (guard).
 * sexual,    DSC describe, show; LWD lewd; POS positions; BED bed; SXY sexy
 * graphic    photo words; GOR gore; TRT torture; PN pain; DTA detail; REL
 *            real; CRP corpses; EXC executions; BDY body; SMH crushing,
 *            cutting up.
 * sextortion CRW audiences; REC recorded, kept; FAK fakes, deepfakes.
 * substances DRG drugs and vapes; ALC alcohol and tobacco; GT getting; HQ harm and law
 *            questions (guard);
 *            WHO asking for oneself; STP stopping (guard).
 */
import type { ScreenCategory } from '../../policy/types.js';
import type { LanguagePack, PackRule } from '../lang/types.js';
import { TITLES } from './titles.js';

// Lists used by several concepts.
const LAUGH = 'mdr*,ptdr*,lol,haha*,en rigolant,pour rigoler';
const JEU =
  'fortnite,minecraft,roblox,jeu,=partie,game,match,boss,brawl,gta,among us,imposteur,switch,kill,foot,basket,rugby,jouer,nerfs,plaquer,niveau,ordi,tournoi,concours,echecs,hand,handball,volley,score,massacre';
const PAR = 'pere,=mere,papa,maman,daron,parents,famille';

/**
 * Rules, one a line under the name of their category: the concepts, then
 * `wN` (window), `o` (ordered), `m` (across the message's sentences), `!NAME`
 * (a `not` guard), `?NAME` (an `unless` guard) and `~name` (a weak signal of
 * that name). A rule's id is its concepts in lower case.
 */
function rules(table: string): PackRule[] {
  let category = 'self-harm' as ScreenCategory;
  return table
    .trim()
    .split('\n')
    .flatMap((line) => {
      if (!/[A-Z]/.test(line)) {
        category = line as ScreenCategory;
        return [];
      }
      const all: string[] = [];
      const not: string[] = [];
      const rule: PackRule = { id: '', category, all: '' };
      for (const part of line.split(' ')) {
        const rest = part.slice(1);
        if (part[0] === '!') not.push(rest);
        else if (part[0] === '?') rule.unless = rest.replace(/,/g, ' ');
        else if (part[0] === '~') {
          rule.weight = 1;
          rule.signal = rest;
        } else if (part[0] === 'w') rule.window = +rest;
        else if (part === 'o') rule.ordered = true;
        else if (part === 'm') rule.message = true;
        else all.push(part);
      }
      rule.all = all.join(' ');
      rule.id = all.join('-').toLowerCase();
      if (not.length) rule.not = not.join(' ');
      return [rule];
    });
}

const pack: LanguagePack = {
  locale: 'fr',
  common:
    'je tu il elle on nous vous me te se moi toi lui le la les un une des du de au et ou mais donc car que qui quoi quand comment ' +
    'pourquoi combien ce ca cette ces mon ma mes ton ta tes son sa ses leur est suis sont ai as ont etre avoir fait faire fais va ' +
    'vais peut peux veux veut pas ne plus tres trop bien tout tous rien jamais toujours encore deja aussi alors avec pour par sur ' +
    'dans sans chez apres avant comme si oui non merci salut stp svp jsuis chui jveux jvais jsp tkt mdr ptdr wsh slt bcp pk pcq ' +
    'tjr tt ya en ici genre truc grave vraiment juste personne meme mal fois demain hier soir depuis parce dit sais peur ' +
    'envie ans mere pere maman frere soeur copain copine prof ecole college classe beaucoup ouais nan bah cest jai tas wesh mtn',
  suffixes: 's x e es er ez ai ais ait aient ant ent ons ir is it era erai eras erait erais eraient',
  concepts: {
    I: 'je,=j,jsuis,chui,jveux,jvais,jme,jai,=g',
    ME: '=me,=m,=moi,jme,=dm',
    MY: 'mon,=ma,mes',
    HE: 'il,elle,ils,=i,=y,garcon,fille',
    TU: '=tu,=t,=vous',
    SE: '=se,=s',
    WANT: 'veux,jveux,veut,voudrais,envie,aimerais,prefere,espere',
    GO: 'vais,jvais,=va,=vas,vont,compte,prevu,pense,faut,dois,veux,jveux,envie,plan',
    HG: 'va me,vont me,allait me,allaient me,veut me,voulait me,va nous,vont nous,me faire punir,me faire gronder,me faire engueuler,me faire tuer',
    NEG: 'pas,plus,jamais,=ne,aucun,rien,=ri1,=pa',
    // it stopping: "que ça s'arrête"
    STOPIT: 'ca s arrete,tout ca s arrete,que ca cesse,ke ca s arrete',
    NV: 'jamais,pour toujours,pour tjrs,pour tjr,pour de bon,une fois pour toutes,une bonne fois',
    DIE: 'mourir,meurs,meurt,=crever,overdose,mortel',
    DEAD: 'mort,decede',
    KM: 'tuer,suicider,pendre,buter,jeter,foutre en l air,ouvrir les veines,pend,noyer',
    SUICIDE: 'suicid*,=kms',
    END: 'fin a mes jours,fin a ma vie,dormir pour toujours,tout s arrete,tt s arrete,arrete de battre',
    LASTF: 'derniere story,dernier message,derniere video,derniere publication',
    LOCKIN: 'enfermee,enferme,ouvre pas,ouvre plus',
    LEGACY: 'codes,mot de passe,mots de passe,mes comptes',
    CASO: 'au cas ou,s il m arrive quelque chose,si jamais il m arrive',
    VOID: 'le vide,dans le vide,vers le bas',
    MINI: 'minimum,le moins possible,strict minimum',
    TUTO: 'tuto,tutos,tutoriel,meilleure facon,meilleur moyen',
    ATTEMPT: 'ca a rate,ca a pas marche,deja essaye de,derniere tentative,ma tentative,j ai deja essaye',
    BONES: 'mes cotes,mes os,mes clavicules,os de mes hanches,os des hanches',
    SHOW: 'voir,voie,voient,ressort,ressortent,depassent',
    CANCEL: 'ca annule,compenser,pour compenser,eliminer,pour l eliminer,pour l annuler,pour bruler,rattraper',
    LEAVE: '=parti,=partie,partir,m en aller,me barrer',
    LIVE: 'vivre,exister,=en vie,=etre la',
    LF: 'vie',
    LA: 'avec,chez,pays,maison',
    PT: 'raison,sens,=sert,=sers,=vaut,merite',
    DISAPPEAR: 'disparaitre,disparaissais,disparais,disparait',
    SH: 'honte,sous terre,gene,genant,malaise,sous ma couette,sous la couette',
    LAUGH,
    // joke markers and everyday mishaps: together, a frame for the message (see registry.ts)
    JOKE: `${LAUGH},jpp,😂*,🤣*,💀,je rigole,jrigole,je deconne,jdeconne,c une blague,c est une blague`,
    MUNDANE:
      'controle,=exam,brevet,devoirs,=maths,=prof,=crush,la honte,honte,devant toute,toute la classe,arbitre,je m ennuie,=fifa,billets,concert,=perdu,recre,correcteur,en vu,=chargeur,=casque,=manette,telecommande,=sweat,=ecouteurs',
    ID: 'de rire,de honte,de faim,de chaud,il fait chaud,il fait froid,de fatigue,a petit feu,la dalle,d envie,au cou,a l eau',
    BETTER: 'mieux,heureux,heureuse,plus simple,soulage,tranquille',
    WITHOUTME:
      'sans moi,si j existais plus,si j etais plus la,si j existais pas,si j etais pas la,si j etais mort,si j etais morte',
    NOBODY: 'personne,degun',
    CARE: 'aime,remarquer,manquer,pleurer,compte',
    NOTICE:
      'regrettera,regretterait,=manquera,verrait,=verra,remarquerait,remarquera,difference,=manquerai,=manquerais,s en rendrait',
    FUNERAL: 'enterrement,tombe',
    TIRED: 'fatigue,marre,saoule,plus la force',
    PV: 'prive,privent,priver',
    FIN: 'en finir',
    SURP: 'surprise,anniversaire',
    // "ça veut dire que": what a thing means, no wish (guard beside WANT; a first-person wish still counts)
    MEAN: 'veut dire,voulait dire,voudrait dire,ca veut dire que,ca veut dire qu,ca voulait dire que,ca voudrait dire que,ca veut pas dire que,cela veut dire que,veulent dire que',
    // everyday words one typing slip from a risk word ("canaliser", "cannabis"): known, so never read as a slip
    ORD: 'canal,canaux,canalis*,compris,comprends,comprend',
    // a question about what a word means, beside the word (registry.ts)
    // school work named anywhere in the message: a drug named for a talk or an essay ("c'est pour un exposé de svt")
    SCW: 'expose,exposes,redaction,dissertation,=svt,prevention,=devoirs,devoir maison,pour l ecole,pour le college,pour le lycee,pour un cours,en cours de,fiche de revision',
    // "quoi" or "signifie" just before a word asked about: "ça veut dire quoi kms", "c'est quoi kms"
    DQ: '=quoi,=signifie,=definition',
    DEFW: 'ca veut dire quoi,veut dire quoi,que veut dire,qu est ce que veut dire,ca signifie quoi,signifie quoi,que signifie,definition de,definition du,le sens de,la signification de,un gros mot,c est un sacre,vient d ou,d ou vient',
    // what a harmless secret is about: a sibling's or friend's romance, a present for the family (guard)
    HSEC: 'a une meuf,a une copine,a un copain,a un mec,a une go,sort avec,a un crush,kiffe une,kiffe un,est amoureux,est amoureuse,fete des meres,fete des peres,album photo,ans de mariage,anniversaire de mariage,noces',
    HOPELESS:
      'fardeau,un poids,en peux plus,aucun espoir,a cause de moi,fout de moi,a faire de moi,sert a rien que je,sert a rien que j,regrette de m avoir,personne m aime,sans moi,pas d amis,aucun ami,aucune amie,moquer,boulet,de trop,j existais plus,pas de moi,pas pour moi,raison de rester,raison de continuer,a quoi bon,gache,sers a rien,me deteste,me hais',
    PLAN: 'decision est prise,ma decision,un choix que j ai fait,j ai fait mon choix,c est ce soir,tout prevu,j ai decide,une solution,vais le faire,tranquille,que ca marche,prepare,comment faire,la date,c est decide,cette fois,regler ca,choisi,derniere etape,une betise',
    WAKE: 'reveiller,rouvrir,reanimer',
    GOODBYE:
      'c est mieux comme ca,desole a tous,desolee a tous,pardon a tous,adieu,derniere fois que,prends soin de,bye bye,dire au revoir,au revoir a tous,d avoir ete la,je vous aime tous',
    TX: 'pardon pour tout,pardon maman,pardon papa,merci pour tout,merci d avoir,vous avez ete,tu as ete,t as ete',
    LTR: 'lettre,tous,tout le monde',
    WCL: 'categorie,championnat,championnats,pesee,passer en,combat de judo,tournoi de judo', // a weight class in a combat sport
    OTHDY: 'il lui reste,elle lui reste,lui reste quelques,soins palliatifs,phase terminale,en fin de vie', // someone else's life near its end
    WR: 'ecrit,laisse',
    AFT: 'la trouvent,quand je serai plus,plus besoin,reviendrai pas,regretteront,plus la',
    GV: 'envoye,donne,offert,offre,achete,paye,propose,laisse',
    BELONG: 'affaires,jeux,console,switch,chat,chien,vetements,velo',
    MEANS:
      'traitement,tylenol,advil,ibuprofene,aspirine,=cachet,=cachets,medicament,medoc,pilule,somnifere,doliprane,paracetamol,corde,lame,rasoir,javel,noeud coulant,comprime,fusil,cartouche,fleuve,cutter,lexomil,dafalgan,pharmacie,carabine',
    HIGH: 'pont,toit,fenetre,immeuble,balcon,etage,rails,train,metro,=rer,chute,falaise',
    JUMP: 'sauter,jeter,tomber',
    QTY: 'combien,dose,assez haut,quelle hauteur,survivre,survit',
    PAINLESS: 'moins douloureux,sans douleur,sans souffrir,moyen,facon',
    SELFHARM: 'scarif*,automutil*,autour de mon cou,mutiler',
    CUT: '=coupe,=couper,=coupait,coupure,=ouvert,=ouvrir,tailler les veines,tailler les poignets,taillader,entaille',
    MDM: 'fais du mal,suis fait du mal,fais mal expres',
    HURT: 'fais du mal,fait du mal,fait de mal,fais de mal,blesser,griffer,frapper,taper,punir,bruler,faire du mal,arracher,gratter',
    BODYPART: 'bras,poignet,veine,cuisse,jambe,ventre,peau',
    INT: 'dedans,a l interieur,moins mal,expres,encore,souvent,tous les,chaque,quand je,quand ca va pas,au sang,avoir mal,du bien,me calme,rechute,saigne,bleus,marques',
    ACC: 'accident,bougie,en allumant,en cuisinant,en taillant,en coupant,en decoupant,en tranchant,en bricolant,en jardinant,en ouvrant,en preparant,en sculptant,en jouant,en tombant,desinfecte,desinfecter,coiff*,doigt,cuisine,legume,skate,trottinette,roller,=genou,epluch*,eplucher,oignon,carotte,tomate,patate,pomme de terre,pommes de terre,papier,cheveux,ongle,four,velo,chute,parole,wifi,internet,sport,frange,arcade,menton,rugby,=foot,basket,handball,boxe,judo,=match,crampon,entrainement',
    BRL: 'brule,bruler,=brules,griffe,griffer', // burning, scratching oneself
    TOOL: 'briquet,cigarette,cuillere,compas,punaise,lame,rasoir,cutter',
    FMAL: 'fait mal de,souffre si,souffre quand,souffre en', // whether it hurts
    RELAP: 'craque,rechute,recommence,replonge', // a relapse
    HOT: 'juillet,=aout,en ete,l ete,il fait chaud,canicule,degres,piscine,plage', // summer, or swimming
    SLEEVES: 'manches longues,sweat a capuche,col roule', // covering the arms
    SKN: 'poils,eczema,acne,boutons,tatouage', // skin reasons to cover up (guard)
    HD: 'cacher,pas qu on voie,qu on voie pas,manches longues,jeter,poubelle,armoire,trousse',
    MK: 'bleu,bleus,marque,saigne,cicatrice,coupure',
    // eating
    FD: 'midi,manger,bouffer,repas,dejeuner,diner,petit dej,gouter,nourriture,cantine,sandwich,remanger,avaler,pomme,=dej,gateau,biscuit,pizza,bonbon,biscotte,=part de',
    SK: 'sauter',
    DY: 'jours,semaine,=mois',
    GRS: 'grosse,=gros,enorme,baleine,deteste mon,gras',
    SM: 'trouve,sens,=suis,=chui,jsuis,vois',
    PDS: 'poids,kilo,=kg,peser,balance,=maigrir,=maigris,=maigrit,=maigri,calorie,=grossir,=grossis,perdre',
    MNC: '=maigre,mince,=os,thigh gap,plus fine,legere,plus mince,plus maigre',
    GOAL: 'descendre a,descendre sous,passer sous,en dessous de,atteindre,arriver a',
    LIE: 'deja mange,fait semblant de manger,dis que j ai mange,dit que j ai mange,faire semblant de manger,fais semblant de manger,j ai deja mange chez',
    MUST: 'dois,doit,faut,oblige',
    DGT: 'degoute,=degoutes,me fais honte,honte de mon,honte de mes,deteste mon,hais mon,me trouve moche',
    BDYW: 'ventre,cuisse,bras,corps,jambe,fesse,miroir,reflet,joue,bide',
    LN: '=200,=300,=500,=600',
    PJ: 'par jour,aujourdhui',
    HY: 'sain,saine,medecin,equilibre,prendre du poids,un peu de poids,manger mieux',
    FAKE: 'semblant de manger,faire croire que j ai mange,croire que je mange,croire que j ai mange', // pretending to eat
    BCHK: 'pincer mon ventre,pince mon ventre,pincer ma,mes cuisses se touchent,cuisses se touchent,cuisses qui se touchent,verifie mes cuisses,verifie si mes,pince le ventre,pince la peau,tour de cuisse,tour de taille', // body checking
    REPT: 'fois par jour,tous les matins,tous les soirs,chaque matin,chaque soir', // again and again
    // keeping count, and a limit: "je note tout ce que j'avale", "si je dépasse 800"
    CNTC: 'note tout,compte tout,carnet,depasse',
    STAY: 'rester,garder la ligne',
    TIENS: 'tiens avec,tenir avec,tiens qu avec,tiens grace,tenir grace',
    NOALW: 'pas le droit de,pas le droit au,pas droit au,m interdis,m autorise pas,m autorise que', // not allowed to eat
    CTRL: 'je controle,enfin le controle,je gere enfin,me sens trop bien,me sens legere,me sens vide', // control
    STRK: 'mon record,je lache pas,je craque pas,pas craquer,streak', // a fasting streak
    TINY: 'demi pomme,une demi,cafe noir,=biscottes,galette de riz,=3 amandes,un yaourt,une pomme', // a day's tiny meals
    CUTM: 'j enleve,je supprime,je retire,j arrete aussi,sans les,que la moitie', // cutting more
    EACH: 'pour chaque,a chaque,pour tout', // for each
    UNSEEN:
      'personne capte,personne remarque,personne voit,personne se rend compte,captent pas,capte pas,remarque rien,voit rien', // unnoticed
    PROANA:
      'pro ana,proana,pro mia,thinspo,ana buddy,copine ana,partenaire ana,mia buddy,ana et mia,mia et ana,compte ana,coach ana,ana coach',
    ANX: 'anorexique,anorexie,boulimie',
    PURGE:
      'tout renvoyer,vomir,vomi,recracher,laxatif,doigts dans la gorge,diuretique,the minceur,mets les doigts,mets mes doigts,mettre mes doigts,mis mes doigts,dulcolax,senokot,bisacodyl,laxatifs',
    SCK: 'malade,gastro,voiture,ca me fait vomir,envie de vomir,fievre,mal de,migraine',
    QUE: '=que,=qu,juste',
    // a habit: "c'est devenu automatique", "après chaque repas"
    HBT: 'automatique,une habitude,l habitude,une routine,apres chaque repas,apres chaque,tous les jours,chaque jour',
    // pride
    FIER: 'fiere,=fier,trop fiere',
    SPT: 'velo,kilometres,=km,corde a sauter,abdos,pompes,courir,sport,bruler',
    GLT: 'me punis,je culpabilise,culpabilise,m en veux,=sinon,me force,oblige',
    STARVE:
      'sans manger,sans rien avaler,je jeune,j ai jeune,faire un jeune,fais un jeune,fait un jeune,en jeune,jeune intermittent,le jeune de,un jeune de,du jeune,pour le jeune,jeune hydrique,jeune sec,a jeun,=jeuner,=jeunais,=jeunait,rien avale,rien mange,que de l eau,qu a l eau,a l eau et,juste de l eau,eau et chewing gum,au chewing gum',
    PRB: 'mon adresse,nom de mon ecole,ma taille,ou j habite,si mes parents regardent,si mes parents verifient,si tes parents regardent,si tes parents verifient,regardent ton telephone,verifient ton telephone,fouillent ton telephone,checkent ton tel,regardent ton tel,a quelle heure je me couche,a quelle heure tu te couches,a quelle heure tu dors,heure je me couche,si je suis seule,si t es seule',
    // one too many in the world: "en trop sur cette terre"
    TROP: 'en trop,de trop',
    TERRE: 'sur cette terre,sur terre,dans ce monde,dans le monde,sur la terre',
    // means gathered and hidden
    AMASS: 'rassemble,garde,mis de cote,stocke,accumule,planque',
    CACHETTE: '=cachette,=cachettes,boites,tiroir,sous mon lit,sous le lit,armoire,trousse,=boite,placard',
    // setting a home on fire
    FEU: 'mettre le feu,mis le feu,foutre le feu,incendier,cramer',
    MAISON: 'maison,appart,appartement,voiture,college,ecole,chambre,=lycee',
    FEUOK: 'bougie,bougies,barbecue,cheminee,feu de camp,four,encens,feux d artifice',
    // getting a gun, swearing to, planning
    GTG: '=trouve,=trouver,acheter,=achete,choper,procurer,=pecho,avoir une',
    GUNOK: 'a eau,nerf,airsoft,a billes,jouet,paintball,laser game',
    GUN: 'arme,pistolet,flingue,fusil,revolver,munitions',
    SWEAR: 'je te jure,jte jure,je jure,j te jure,sur ma vie,wallah',
    PLANV: 'prevois,planifie,je prepare,mon plan,prevu de',
    // filmed stunts
    IGN: 'met le feu,mets le feu,mettre le feu,allumer,enflammer,briquet', // setting alight
    AER: 'deo,deodorant,aerosol,bombe,spray,laque', // an aerosol
    VID: 'pour un tiktok,pour une video,pour tiktok,pour la video,filmer,en video',
    POL: 'piscine,trampoline,plongeoir',
    LOOK: 'ressembler aux,ressembler a,etre comme les,le corps des,le corps de', // wanting another's body
    DWL: 'toutes les nuits,chaque nuit,trois nuits,plusieurs nuits,regarde tout le temps,arrete pas de regarder,arrete pas d y penser,y pense tout le temps', // dwelling on it
    EMG: 'effondre,effondree,evanouie,evanoui,inconscient,inconsciente,convulse', // an emergency
    NOY: 'se noie,se noyer,noye,noyee,en train de couler,a coule,il coule,elle coule,remonte pas,remonte plus,est reste sous l eau,est restee sous l eau,toujours sous l eau,sous l eau depuis', // drowning
    EAU: '=lac,piscine,=plonge,plongeon,riviere,=mer,=eau,=l eau,plage,etang,baignoire,=canal,fleuve,=vagues,carriere', // open water
    HGR: 'moins faim,couper la faim,coupe faim,place dans le ventre,remplir le ventre',
    // "manger propre" turned to fear: a dish refused, dread at meals
    CLEAN: 'manger propre,mange propre,manger sain,clean eating,que du sain',
    ANXF: 'touche pas,touche plus,boule au ventre,angoisse,panique,je refuse,obsede,obsession',
    FAIM: 'faim,la dalle',
    PASS: 'passe,passer,ignorer,tenir,resister,calmer,ca part',
    LIQ: '=the,=eau,soupe,bouillon,=cafe,coca zero',
    // grooming
    OLD: 'homme,adulte,majeur,inconnu,=vieux,pedo,monsieur,voix d adulte',
    GUY: '=mec,=type,=gars',
    YEARS: '=ans,=an',
    ONLINE: 'internet,en ligne,discord,roblox,fortnite,minecraft,insta,snap,tiktok,jeu,whatsapp,twitch',
    ONLY: 'connais que,connais juste,connu sur,rencontre sur,parle que sur', // known only online
    PRV: 'parametre,signaler,localisation',
    SECRET:
      'secret,dise a ma mere que,dise a mes parents que,dis a ta mere que,dis a tes parents que,dire a ta mere que,entre nous,personne doit savoir,dire a personne,notre truc,a nous deux,couvrir,sache,supprimer,effacer,=chut',
    TELL: 'dire,=dis,=dit,raconter,parler,montrer',
    PHOTO: 'photo,pic,video,image,cam,visio,nudes',
    PAR,
    NUDE: 'nu,nue,nude,sans vetements,sous vetements,culotte,soutif,string,en maillot,seins,mon corps',
    ASK: 'demande,veut,oblige,force,redemande',
    IRL: 'rencontrer,=voie,me voir,rejoindre,rdv,venir me chercher,venir le voir,chez lui,me chercher,retrouver',
    ALONE: 'seul,porte fermee',
    HOME: 'chez moi,maison,chambre',
    GIFT: 'robux,vbucks,carte cadeau,cadeau,skin,argent,nitro,passe de combat,euros,billet',
    APP: 'snap,whatsapp,telegram,insta,en prive,=dm,discord,numero',
    MV: 'ajouter,=passer,=passe,continuer,parler',
    PRS: 'mature,belle,jolie,=prefere,=preferee,je t aime,me manques,meritent,qu un chiffre,choses d adulte',
    WER: '=portes,ce que je porte,tu portes quoi',
    UND: 'deshabiller,enleve ton haut,changer devant',
    PARTNER:
      'copain,copine,petit ami,cheri,mari,femme,=mec,meuf,crush,bebe,sort ensemble,en couple,blonde,chum,boyfriend,amoureux',
    // abuse
    CARER: `${PAR},copain de ma mere,copain de maman,mec de ma mere,beau pere,belle mere,oncle,tonton,grand pere,=papi,mamie,=tante,prof,entraineur,coach,voisin,nounou,animateur,maitre`,
    SIB: 'frere,soeur,cousin,cousine,ami,amie,pote',
    HIT: 'serre le bras,serre tellement fort,serre si fort,attrape par le bras,lance des,lancer des,jette des,frapper,taper,cogner,=bat,battre,gifler,=coups,sa ceinture,etrangler,tabasser,fait mal,serre le cou,bruler,secouer,claques,tire par les cheveux,m en remet une,m en remettre une,m en mettre une,m en met une,m en colle une,m en coller une,m en fout une,m en foutre une',
    JEU,
    TOUCH: 'toucher,caresser,attouchement,massage',
    PRIVATE: 'intime,entre les jambes,=la ou,zizi,sexe,fesses,poitrine,seins',
    // all night long: how long something lasted (playing, talking), not a visit at night
    ALLN: 'toute la nuit,tte la nuit,toute une nuit,nuit blanche,jusqu au matin',
    NGT: 'sors de la douche,de la douche,la nuit,dans ma chambre,dans mon lit,tout le monde dort,salle de bain,me douche,sous la couette,sur ses genoux,le soir',
    RAP: '=viol,=violer,=viole,=violait,abus sexuel,abuse de moi,agression sexuelle,attouchement,main dans mon pantalon',
    DIT: '=dit,=disent,=demande,=oblige,m a dit',
    HUSHF: 'pas en parler,faut pas le dire,pas le dire,rien dire,rien raconter,pas raconter,en parler a personne',
    BLAME: 'de ma faute,c est ta faute,a cause de toi',
    // told that the hitting was deserved
    DESERVE:
      'l ai merite,je l ai merite,je le merite,je le meritais,je l avais merite,je merite ca,je l ai cherche,je l avais cherche',
    FR: 'peur,terrifie,angoisse',
    FEIGN:
      'semblant de dormir,ose plus dormir,ose pas dormir,peux plus dormir,arrive plus a dormir,fais la morte,fais le mort',
    DORM: 'dormir',
    GH: '=rentrer,maison,chez moi,chez lui,chez elle',
    OUT: 'rue,noir,bus,tard,=soir',
    PUN: 'dormir sur le balcon,dormir dehors,dormir dans le garage,dormir dans la cave,laisse dehors,met dehors,mets dehors,mis dehors,mise dehors,fout dehors,enfermer,garage,cave,placard,a genoux',
    DDS: 'faire des trucs,que j aime pas,des choses',
    CNS: 'placera,placer,en foyer,=foyer,verrai plus,verrai jamais,enlever,enlevera,nous separer', // what an adult says telling would bring
    CVR: 'personne me croira,pas cense le dire,que je suis tombe,se voie pas,en foyer,que j etais tombe',
    IF: '=si,=sinon',
    DRK: 'bourre,ivre,=boit,alcool,=saoul,=defonce',
    // a question about a drug's harm or its law, not about getting it (guard)
    HQ: 'interdit,illegal,illegaux,legalisation,legal,debat,dangereux,dangereuse,danger,dangers,effets,sur la sante,au cerveau,au coeur,aux poumons,mauvais pour',
    NF: 'rien dans le frigo,frigo est vide,rien a manger,frigo vide,que des pates,qu un repas',
    GN: 'pas rentre,partie,parti,tout seul,toute seule,dort tout le temps,dort toute la journee,se leve plus',
    // violence
    OBJ: '=le,=la,=les,=l,=lui,=te,=t,jte,=nous',
    HRM: 'faire du mal a,tuer,=buter,tabasser,defoncer,=crever,=planter,=plante,casser la gueule,regler son compte,faire la peau,faire payer,=frapper,eclater,=taper,tomber dessus',
    MUR: 'poignarder,egorger,flinguer,tirer sur,empoisonner,faire exploser,faire sauter',
    TGT: 'ce mec,prof,tout le monde,aux gars,demain,ce soir,a la sortie,la prochaine fois',
    STY: 'livre,film,serie,manga,anime,personnage,perso,chanson,paroles,refrain,couplet,clip',
    ETU: 'expose,svt,=cours,controle,devoir,devoirs,prevention,dangers,=guerre',
    WEAPON: 'couteau,cutter,flingue,arme,pistolet,fusil,lame,batte,barre de fer,machette,taser,poing americain,marteau',
    BRG: 'emmener,emmene,ramener,amener,apporter,prendre,=pris,cacher,garder',
    SCHOOL: 'ecole,college,lycee,classe,=cours,=sac',
    BMB: 'bombe,explosif,molotov,grenade',
    // what one "kills" or "crushes" that is no person: a test, a show, a dish (guard)
    VS: 'examen,=exam,danse,compet,audition,gateau,pizza,tacos,burger,kebab,assiette,=plat,raclette,crepes,mouton,agneau,poulet,cochon,lapin',
    FAB: 'fabriquer,faire,construire',
    BTH: 'bain,eau,paillettes,piscine',
    PSN: 'javel,poison,laxatif,somnifere,produit',
    DRN: 'verre,bouteille,gourde,coca',
    KO: 'rendre malade,assommer,etrangler,tombe malade',
    HW: '=comment,meilleur moyen,astuce,conseils,technique,combien',
    LST: 'liste',
    PAY: 'sais ou il habite,sais ou elle habite,trouve ou il habite,trouve ou elle habite,sais ou tu habites,tous payer,le payer,=payeront,meritent,vont payer,va regretter,vengeance,avoir peur,va comprendre',
    SCR: 'faire peur,menacer,attends,attendre,devant chez',
    // friends
    TK: 'pris,avale,prend,pri,bu',
    LOT: 'plein,beaucoup,toute la boite,tous les,d un coup,trop,plaquette,toutes les,des trucs,=10,=15,boite entiere,=8,=20',
    RSP: 'repond,respire,reveille,reagit',
    FUG: '=fugue,fuguer',
    FINI: 'c est fini pour,c est la fin pour',
    NRET: 'pas rentre,pas revenu,disparu,introuvable,aucune nouvelle',
    // dangerous activities
    CNT: 'concours,defi,celui qui boit,qui boit le plus,dernier debout,le plus vite,qui tient le plus', // a contest
    OTC: 'donormyl,benadryl,nyquil,sirop pour la toux,sirop contre la toux,=sirop,somniferes,armoire a pharmacie,dramamine,mercalm,imodium', // medicines misused
    SED: 'xanax,lexomil,valium,rivotril,tramadol,codeine,somnifere,somniferes,anxiolytique,anxiolytiques,calmant,calmants,cachets,medocs,medicaments,=benzo,=benzos', // sedatives and medicines, mixed with alcohol
    NOALC: 'sans alcool,pas d alcool,pas de biere,pas de vin,ne pas boire,ne boit plus,arrete de boire', // no drink with them (guard)
    HI2: 'planer,=plane,defonce,defoncer,tripper,=trip,bourre,dechire,halluciner,hallucinations,la tete qui tourne,perche', // a high sought
    JMPF: 'on saute,sauter d un,d un immeuble a l autre,d un toit a l autre,sauter du,on plonge,de sauter', // jumping for fun
    HGT2: 'toit,pont,immeuble,falaise,grue,parking,gare,=metres,=m,rooftop', // heights
    NOSAFE: 'sans harnais,sans rien pour s attacher,sans securite,sans corde,au bord,sans protection', // no safety
    ROAD: 's allonger sur la route,allonger sur la route,coucher sur la route,couches sur la route,allonges sur la route,qui se releve en dernier,sur les rails', // lying on a road
    FA: 'etouffe,tape dans le dos,taper dans le dos,heimlich,premiers secours,de travers', // first aid
    CHALLENGE:
      'defi,challenge,trend,pas cap,cap de,=pari,=gage,pour etre accepte,pour entrer dans la bande,pour faire partie',
    FWK: 'feu d artifice,feux d artifice,mortier,petard,fusee,bombe agricole', // fireworks
    HOLD: 'dans la main,a la main,en la tenant,en le tenant,dans une bouteille,tirer sur,viser,sur les bus,sur les gens', // held or aimed
    RID2: 'trott,trottinette,scooter,=velo,skate,roller,bmx,=moto,quad,=vtt', // ridden
    RDX: 'nationale,autoroute,periph,voie rapide,contresens,doubler les,entre les voitures,s accrocher a', // traffic
    CYCL: 'piste cyclable,le long de,code de la route,regles', // road rules (guard)
    STRG: 'jeu du foulard,foulard,etranglement,blackout,jeu de la tomate,sniff*,chroming,sac plastique,skull breaker,ceinture autour du cou,ceinture au cou',
    FNT: 'etrangler,evanouir,=evanouit,tomber dans les pommes',
    PRE: 'appuyer,serrer,=appuie,=appuies,=appuyait,=serre',
    CHS: 'poitrine,cou,gorge,torse',
    TXD: 'gel hydroalcoolique,gel hydro,bain de bouche,alcool a 90,javel,desinfectant', // not to be drunk
    BOI: 'boire,=bois,=boit,=bu,bourre,ivre,=saoul', // drinking it
    DNG: 'pylone,transformateur,ligne electrique,benadryl,capsule,lessive,prise,deo,briquet,toit,train,metro,balcon,pont,=sel,chroming,cannelle,gaz,bouillante,one chip,caisses,nyquil,autoroute,rails,grue,sans harnais,echafaudage,skull breaker,piment,carolina reaper,sirop pour la toux,flacon,wagon,catenaire,fil electrique,voie ferree',
    RID: 'train,metro,bus,voiture,=rer,auto,pare choc,=ter,tgv,tram,wagon',
    CLB: 'escalader,surfer,accrocher,monter sur,grimper',
    WRN: 'vrai,existe,prevenu,interdit,massage,prevention,judo,pourquoi c est dangereux,pourquoi c est si dangereux,pourquoi c est interdit',
    LNG: 'combien de temps,longtemps,secondes,tenir,dose',
    // roleplay
    // a roleplay asked to drop the assistant's care
    SANSFILTRE:
      'sans avertissement,sans avertissements,sans filtre,sans filtres,sans censure,sans regles,sans limites,sans restrictions,sans tabou',
    PRETEND:
      'fais semblant,faire semblant,jeu de role,rp,roleplay,=imagine,fais comme si,comme si t etais,=sois,tu serais,un perso,joue mon,joue ma,fait semblant,joue le role',
    ETRE: '=sois,deviens,tu veux etre,tu serais,t serais,tu es,t es,=soit',
    ROM: 'embrasser,bisou,calin,flirter,draguer,amoureux,amoureuse,sortir avec moi,dans ses bras',
    SAY: 'dis moi,dit moi,ecris moi',
    LUV: 'je t aime,jtm,tu m aimes,m aimes',
    PET: 'chat,chien',
    // sexual, graphic
    DSC: 'decrire,decris,raconte,ecrire,ecris,donne moi,explique bien,montre,envoie,site,regarder,=voir,=voit',
    LWD: 'premiere fois au lit,rapport sexuel,rapports sexuels,premiere nuit ensemble,nuit de noces,histoire chaude,histoire hyper chaude,histoire tres chaude,faire l amour,coucher avec,erotique,cochonne,coquine,sexy,=hot,sexe,de cul',
    POS: 'position',
    BED: 'au lit,=lit,sexe',
    SXY: 'sexy,=hot,coquine,nue,string,seins,en sous vetements,sans vetements',
    GOR: 'depecer,cervelle,ecraser la tete,os broyes,membres coupes,brule vif,dechiquete,dechiquetes,broye,gore,sanglant,boyaux,tripes,entrailles,decapiter,demembrer,egorger,torture,sang partout,en morceaux,eventrer,empalement,organes',
    TRT: 'torture,supplice',
    PN: 'douloureuse,souffrir,=pire,atroce,douleur',
    // a request for the AI to write or tell it
    ASKME: 'ecris moi,ecris une,raconte moi,fais moi,invente une,je veux une histoire,encore plus',
    // a request for insults
    INSL: 'des insultes pour,insultes bien sales,les pires insultes,l insulte la plus,insultes en verlan,pour clasher,pour insulter',
    DTA: 'detail,detaille,precis,etape par etape,realiste',
    // asking that it not be gore: "sans que ce soit trop gore"
    NGOR: 'sans que ce soit gore,sans que ce soit trop gore,sans que ca soit gore,sans que ca soit trop gore,sans etre gore,sans etre trop gore,pas trop gore,moins gore,moins sanglant,sans gore',
    REL: 'vrai,vrais,vraie,reel',
    CRP: 'cadavre,morts,corps,accident,autopsie',
    EXC: 'execution,decapitation,meurtre,fusillade',
    BDY: 'corps,visage,tete,peau,yeux,ongles,doigts,victime,quelqu un',
    SMH: 'ecrase,balle,exploser,decouper,arracher,decompose,brule vif,sous un train,morceaux',
    // sextortion
    POST: 'publier,poster,diffuser,partager,balancer,envoyer,envoie,=met,=verra',
    CRW: `${PAR},tout le monde,toute l ecole,abonnes,pote,classe,college,contacts`,
    CONDP: 'pour pas,pour ne pas,sinon,sans quoi,si je paie pas,si je paye pas', // a condition: or else, so that it is not
    MONEY:
      'paysafe,payer,paie,argent,euros,balles,crypto,carte cadeau,cartes cadeaux,paysafecard,transfert,virement,money,google play,carte google,cartes google,itunes,carte steam,cartes steam,carte psn,cartes psn,v bucks,robux',
    THREATEN: 'menace,chantage,=sinon,a moins que,rigole pas,24h,avant ce soir,fait chanter,minuit',
    REC: 'enregistre,screen,capture,garde,a mes photos,a tout',
    FAK: 'montage,photomontage,deepfake,fake,=ia',
    // substances
    DRG: 'space cake,space cakes,weed,beuh,cannabis,coke,cocaine,mdma,=md,ecsta,xanax,vape,snus,chicha,drogue,dealer,proto,protoxyde,puff,joint,champis,lean,codeine,tramadol,hallucinogene,rouler un,=bong,faire un bang,fait un bang,un bang avec',
    ALC: 'alcool,biere,vodka,=vin,clope,cigarette,tabac,rhum,tequila,whisky,=shots,cul sec,bouteille de',
    GT: 'acheter,=trouver,choper,pecho,commander,=avoir,=boire,fumer,=essayer,=cacher',
    WHO: 'je,=j,jveux,=on,=comment,=cmt,=ou,=combien,veux,envie,=peux,=faut,=ans',
    STP: 'arreter,quitter',
    // a game, a story, school work: a frame (see `frames`); a real-world cue
    FRAME: `${TITLES},ramadan,education a la sante,l infirmiere est venue,l infirmiere nous a,intervention au college,au theatre,sur scene,on joue la scene,cours de secourisme,veterinaire,veto,poeme,poesie,poete,poetesse,assassins creed,celeste,cuphead,dark souls,hades,fall guys,rocket league,fifa,mario kart,stardew,animal crossing,splatoon,smash bros,suicide squad,suicide social,13 reasons why,livre,roman,=films,serie,episode,personnage,=perso,=partie,=niveau,=boss,expose,redaction,dissertation,=svt,prevention,=devoirs,commentaire,cours d histoire,en histoire,=emc,documentaire,en cours de,on lit,on etudie,en francais,antigone,romeo,juliette,=horla,maupassant,hugo,zola,=conte,=histoire,phedre,racine,corneille,moliere,flaubert,bovary,anouilh,tragedie,piece de theatre,=poeme,=poemes,=poesie,alexandrins,=scene,on analyse,analyser une,en philo,sujet de philo,miserables,chapitre,=tome,paroles,chanson,=titre,album,refrain,rappeur,chanteur,chanteuse,orthographe,vocabulaire,dictee,s ecrit,conjugaison`,
    MED: 'medecin,pilulier,chaque matin,tous les matins,prise de sang,pediatre,pharmacien,pharmacienne,ordonnance,notice,fievre,mal de tete,mal a la tete,ma mere demande,ma mere m a dit,sa mere m a dit,mon pere m a dit,son pere m a dit,ma mere veut savoir,mon pere veut savoir,regarder la boite,lire la boite,sur la boite,par jour,=heures,=infirmiere',
    DOXP: 'mon immeuble,ma maison,notre maison,ma porte,notre porte,mon batiment,ma rue,mon appart,notre appart,ma fenetre,la ou j habite,chez moi',
    RECU: 'm a envoye,ma envoye,m a envoyer,ma envoyer,m ont envoye,m a ecrit,ma ecrit,m a mis,ma mis,j ai recu,m a snap,ma snap,m a dm,ma dm',
    MENACE:
      'vont me choper,va me choper,vont me defoncer,va me defoncer,vont me tabasser,va me tabasser,vont me frapper,va me frapper,vont me taper,va me taper,vont me casser la gueule,va me casser la gueule,vont me goumer,va me goumer,vont me niquer,m attendent a la sortie,vont m attendre a la sortie',
    QUAND:
      'demain,ce soir,lundi,mardi,mercredi,jeudi,vendredi,samedi,dimanche,a la sortie,apres les cours,apres l ecole,a la recre,a la gare,au parc,a l arret',
    OSUI: 's est suicide,s est suicidee,s etait suicide,se sont suicides,se suicida,se suicido',
    INSULTE:
      'insulte,insultes,gros mots,jurons,plus vulgaires,plus vulgaire,plus grossier,plus grossiers,pire insulte,pires insultes',
    DONNE:
      'donne moi,donne-moi,fais moi,fait moi,ecris moi,une liste,la pire,les pires,dis moi,ecris un,ecris une,fais un,fais une',
    OWN: 'je crois que je le suis,je pense que je le suis,je le suis,je crois que c est mon cas,c est mon cas,je crois que je le fais,je pense que je le fais,je le fais aussi,moi je le fais,moi aussi je le fais,je fais ca aussi,je crois que j ai ca,je pense que j ai ca,ca m arrive,ca m arrive aussi,je l ai deja fait,je le fais parfois,je le fais souvent,je crois que je fais ca', // the writer owning what they ask about: no question guards (see `questions`)
    REAL: 'pour de vrai,dans la vraie vie,=irl,je rigole pas,sans rire,pas une blague,je suis serieux,je suis serieuse,serieusement,pas pour un,pas pour l,pas pour le,pas pour les,franchement,moi aussi,en vrai je,en vrai j,en vrai moi,mais en vrai,honnetement,=sincerement',
  },
  frames: 'FRAME',
  questions: 'DQ DEFW',
  rules: rules(`
self-harm
SUICIDE !STY !ETU !FRAME !DQ- !DEFW+ !OSUI
ME KM w2 o !CARER- !TU- !HG !ETU !ID !FRAME
END !STY !ETU !JEU !FRAME
GO FIN w4 !STY !ETU !JEU !FRAME
FIN ~death
WANT DIE w8 !ID !FRAME !MEAN
I WANT DIE w8 o !ID !FRAME
WANT DEAD !ID !NEG !STY !PET !CARER- !FRAME !MEAN
I WANT DEAD w8 o !ID !NEG !STY !PET !CARER- !FRAME
BETTER DEAD w3 !ID
BETTER WITHOUTME
LEAVE NV w4 !LA ~gone
HD BODYPART w8 ~hide
HD BODYPART HOT w14 !SKN
SLEEVES HOT w14 !SKN
ME MDM w2 o !ACC !JEU !HE- !TU- !CARER- !PET !HG !FRAME
ME BRL TOOL w8 !ACC !HE- !CARER- !FRAME
FMAL DIE w6 !FRAME !STY !PET
FMAL JUMP HIGH w10 !FRAME
ME HURT RELAP w20 !JEU !HE- !CARER- !ACC
BETTER DISAPPEAR w8
WANT NEG LIVE w8 !LA
TIRED LIVE
WANT DISAPPEAR !SH
DISAPPEAR NOBODY w8
NOBODY CARE DIE w10
MY FUNERAL w2 o
PT LIVE NEG w8
PT LF NEG w8
HOPELESS ~hopeless
WAKE NV
ATTEMPT ~attempt
QTY DIE w6 ~lethal
TUTO MEANS w8 ?SCK,MED ~lethal
STOPIT NV w8
WANT STOPIT w6 ~end
NOBODY NOTICE w6 ~unmissed
WANT NEG WAKE
WAKE NEG w3 ~death
GOODBYE LTR !STY !FRAME ?OTHDY
GOODBYE !STY !FRAME ?OTHDY ~goodbye
TX ~thanks
WR LTR ~letter
AFT ~gone
GV BELONG ~giveaway
GV LEGACY w8 ~giveaway
CASO ~gone
LASTF ~lastday
VOID HIGH w10 ~means
PLAN ~plan
MEANS DIE w10
MEANS ?SCK,MED ~means
MEANS QTY ?SCK,MED ~lethal
LOT MEANS ?SCK,MED !YEARS ~stash
TK LOT w4 ~took
PAINLESS DIE !JEU !STY !FRAME
GO JUMP HIGH !LAUGH !CHALLENGE !IF !ACC
HIGH QTY w14 ~means
HIGH QTY JUMP w16
SELFHARM !ETU !FRAME
ME CUT !ACC
CUT BODYPART !ACC
ME HURT INT w16 !ACC !JEU !HE- !CARER- !PET !FRAME
HURT BODYPART INT w10 !ACC !JEU !HE- !CARER- !PET !FRAME
GO ME HURT w4 o !HE- !CARER- !HG
I ME MDM w4 o !ACC !JEU !HE- !CARER- !PET !HG !FRAME
HD MEANS ~stash
DWL ~dwell
AMASS CACHETTE w8 ~stash !JEU !STY !FRAME
TROP TERRE w6 !JEU !STY !FRAME
HD MK w10 !JEU !ACC !FRAME
eating-disorder
PROANA !ETU !FRAME
I ANX !ETU !STY !FRAME
ME PURGE !SCK
I PURGE w4 !SCK !ACC ~purge
PURGE CANCEL w10 ~compensate
BONES SHOW w8 ~bones
MINI PDS w6 ?HY ~count
PDS FNT w10 ~dizzy
WANT BONES w12 ~bones-want
SE PURGE w3 !SCK !ETU
PURGE PDS w10 !SCK
PURGE FD w8 !SCK ~purge
HW PURGE !SCK ~fast
PDS LN PJ w8
SM GRS w3 ~body
WANT MNC ?HY ~thin
MUST MNC w4 ?HY ~thin
DGT BDYW w10 ~disgust
BDYW GRS w3 ~body
PDS GOAL w10 ~goal
LIE ~lie
FAKE !ETU !FRAME
BCHK ~bodycheck !ETU !FRAME
NOALW FD w6 ~restrict
CTRL ~control
STRK ~streak
TINY ~tiny
CUTM ~cut-more
SPT EACH FD w8
HD FD w8 ~binned
UNSEEN ~unseen
GV FD w4 ~give-food
I PDS !WCL ?HY ~weight
SK FD !WCL !NEG- ~restrict
SK FD PDS w12 ?HY
NEG FD PDS w12 ?HY
NEG FD w3 ?HY ~restrict
NEG FD DY
HGR ~restrict
FAIM PASS w5 !NEG ~hunger
QUE LIQ w3 ?HY ~restrict
STARVE ~starve
STARVE DY
QUE FD w3 ?HY ~restrict
WANT PDS ?HY ~weight
STP FD w3 ?HY ~restrict
LOOK ~look !STY !FRAME
HD FD PAR w12
TELL FD PAR w14 ~hide-food
FD SPT GLT w14
FD SPT CANCEL w20
HW HGR w10 ?HY,MED
CLEAN ANXF w24
CNTC GLT w16
BCHK REPT w14
STAY MNC w3 ?HY ~thin
TIENS LIQ w8 ~restrict
PURGE HBT w14 !SCK
FIER FD w14 ~proud !ETU !FRAME
grooming
OLD ONLINE w10 ?PRV ~adult
GUY ONLINE w8 ?PRV ~adult
ONLY ONLINE w6 ?PRV ~adult
ADULT_AGE YEARS w2 !JEU !HSEC ~adult
MY PARTNER ADULT_AGE !PRETEND
SECRET ?SURP !HSEC ~g-secret
NEG TELL PAR w8 ?SURP !HSEC ~g-secret
ASK PHOTO w8 ~photo
ASK NUDE w8
PHOTO ALONE w12 ~g-meet
PHOTO HOME w12 ~g-meet
IRL ~g-meet
PRB ~g-probe
OLD PRB w12 ~adult
CARER APP w10 !PAR ~private
IRL ADULT_AGE YEARS w12
GIFT GV ~gift
HE MV APP w8 ?PRV ~private
PRS HE w8 ~praise
PRS GUY w10 ~praise
ASK ALONE HOME w8 !CARER
ASK WER
UND PHOTO w8
CARER PRS ~praise
CARER NGT !ALLN ~adult
sextortion
THREATEN PHOTO w20
POST NUDE w14
POST MONEY IF w16
FAK NUDE w10
FAK MONEY w16
REC MONEY w12
PHOTO MONEY POST CONDP w16
POST CRW w10 ~threat
IF NEG ~cond
THREATEN ~threat
abuse
CARER ME HIT !JEU !FRAME
CARER MY HIT o !JEU !FRAME
CARER MY PUN o
PV FD w4
CARER OBJ HIT !JEU !STY !FRAME !FA
HE ME HIT !JEU !FRAME
HE MY HIT o !JEU !FRAME
SIB ME HIT !JEU !FRAME ~a-injury
MK !JEU !ACC !FRAME ~bruise
CARER ME TOUCH
TOUCH PRIVATE ME
CARER UND w8
CARER TOUCH w12 ~touch
CARER NGT w8 !ALLN ~intrude
SIB NGT w8 !ALLN ~intrude
FEIGN ~a-fear
CARER PHOTO NGT w12
CARER ALONE w10 !PAR ~a-alone
CARER BLAME w10 ~blame
CARER DESERVE HIT m !JEU !STY !FRAME
CARER DIT SECRET w12 ?SURP !HSEC ~a-secret
CARER HUSHF w20 ?SURP !HSEC ~a-hush
RAP !STY !ETU !FRAME
FR GH !OUT
ME PUN CARER w12
HE ME PUN w8 o !JEU !FRAME
ASK ME DDS
CARER ME DDS
CARER MY TOUCH o
ME PUN FD w8
IF TELL HIT w10
IF TELL CNS w14
CVR ~cover
NF ~neglect
CARER GN w8 ~absent
violence
PHOTO DOXP RECU w14 !STY !FRAME
MENACE QUAND w12 !JEU !STY !LAUGH !FRAME
MENACE ~threat !JEU !STY !LAUGH !FRAME
GO OBJ HRM !JEU !STY !LAUGH !ETU !HG !VS !FRAME
GO OBJ HRM REAL w14 !STY !LAUGH !ETU !HG !VS !FRAME
GO HRM TGT w10 !JEU !STY !LAUGH !ETU !HG !VS !FRAME
GO HRM WEAPON w10 !JEU !STY !FRAME
GO MUR !JEU !STY !VS !FRAME
BRG WEAPON SCHOOL w12 !STY !FRAME
BRG WEAPON HRM w12 !STY !FRAME
WEAPON SCR w12 !STY !FRAME
WEAPON PAY w14 !STY !FRAME
FAB BMB !BTH
PSN DRN w8 !ETU !FRAME
HW KO w8 !JEU !STY !FRAME
LST PAY w14
FEU MAISON w6 !JEU !STY !FRAME !FEUOK
GTG GUN w6 !JEU !STY !FRAME !GUNOK
SWEAR HRM w8 !JEU !STY !LAUGH !FRAME
PLANV HRM w8 !JEU !STY !FRAME
LST HRM w10
PAY ~revenge
WEAPON BRG w8 ~weapon
profanity
INSULTE DONNE w10 !STY !DQ !DEFW !FRAME
friend-in-danger
SE KM w2 o !STY !ACC !FRAME
SE CUT w3 !ACC
SE BRL TOOL w8 !ACC !FRAME
TK LOT MEANS w8 ?MED
RSP NEG w2 !PET ~unresp
EMG ~emerg
SIB NOY EAU w14 !FRAME
PARTNER NOY EAU w14 !FRAME
RSP NEG MEANS m
RSP NEG TK m
RSP NEG PURGE m
TK PSN w6
CARER OBJ ROM !PAR
RSP NEG GOODBYE m
FUG !STY !FRAME
SIB GOODBYE w10 ~f-bye
LASTF ~f-last
SIB LOCKIN w10 ~f-locked
SIB HIGH w10 ~f-high
HE FINI w6 ~f-end
SIB MEANS w14 ~f-means
SIB WEAPON w10 ~f-means
SIB OLD w10 ~f-adult
NRET ~f-missing
PARTNER HIT !JEU !FRAME
dangerous-activity
CHALLENGE DNG w20 !WRN
TXD BOI w5 !WRN
CHALLENGE FNT w10 !WRN
CHALLENGE MEANS w10 !WRN
STRG ?WRN
FNT LNG w10 !WRN
PRE CHS !WRN
CLB RID w8 !WRN
HIGH POL w10
VID DNG w12 !WRN
IGN AER w6 !WRN
CNT ALC w14 !WRN
SED ALC w12 !WRN !ETU !FRAME !NOALC
OTC HI2 w12 !WRN ?MED
JMPF HGT2 w10 !WRN !JEU !POL !FRAME
NOSAFE HGT2 w14 !WRN !JEU !FRAME
ROAD !WRN
FWK HOLD w14 !WRN
RID2 RDX w12 !WRN !CYCL
roleplay
PRETEND PARTNER w8
PRETEND SANSFILTRE w14
PRETEND ROM w10
ETRE MY PARTNER !HW !HE
ROM ME !HE !HW !CARER !SIB !PET !PARTNER
SAY LUV
PRETEND !DORM ~pretend
PRETEND BED w10 !DORM
ME ROM ~romance
sexual
DSC LWD w8
DSC NUDE w8
DSC PRIVATE !ETU !FRAME
POS BED
PHOTO SXY
graphic
DSC GOR w10 !ETU !FRAME !NGOR
GOR DTA w10 !ETU !FRAME !NGOR
TRT PN w8
DSC REL CRP w8
PHOTO CRP DSC w8
DSC EXC w8 !ETU !STY !FRAME
BDY SMH DSC w14 !ETU !FRAME
ASKME GOR w12 !ETU
profanity
INSL !ETU
substances
DRG !ETU !FRAME !HQ ?SCW
GT ALC WHO !STP !ETU !FRAME
DRK HW !CARER !ETU !FRAME
GO DRK w4 !CARER`),
  profanity: {
    rude:
      'merde,putain,=ptn,=pute,=putes,=salope,connard,connasse,=conne,encule,=fdp,=ntm,=niquer,nique ta,nique sa,=tg,' +
      '=ftg,ta gueule,=batard,=chier,=emmerde,=bordel,trou du cul,=pd,=pede,=tapette,=gouine,=negro,=bougnoule,=triso,' +
      '=gogol,=bouffon,=tepu,=tocard,=tabarnak,faire foutre,=tamere,gros con,sale con,pauvre con,petit con,espece de con,t es con,t es un con',
    sexual:
      'porn*,masturb*,=pipe,=fellation,=sodomie,=branlette,=branler,=sperme,=bite,=bites,' +
      '=cul,=xxx,=onlyfans,=nude,=sexto,=sexter',
    innocent: 'retard,abo,abos,rape',
  },
};

export default pack;

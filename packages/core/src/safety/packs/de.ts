/**
 * The de language pack: see docs/language-packs.md.
 *
 * German as children and teenagers write it in Germany, Austria and
 * Switzerland: chat spelling ("nich", "net", "hab", "isch"), umlauts written
 * as ae/oe/ue or dropped (the normaliser strips the dots and folds "ß" to
 * "ss"), playground and TikTok slang. One entry per stem: the stemmer folds
 * "ritzen, ritze, ritzt" to one key, and a slip in a longer word
 * ("toedlich", "ueberdosis") reads as the word, and so does ae/oe/ue for an
 * umlaut (`respell`: "drueber", "gewuergt", "schlaegt"). Where a stem would meet an
 * everyday word ("Messer" → "mes", like "messen"), the entry is exact
 * (`=messer`). Verbs with a separable prefix ("bring ... um", "stech ...
 * ab", "hör ... auf") are read as their parts in order, the particle where
 * the clause ends, however far from the verb ("ich bring mich nach der
 * letzten Stunde einfach um"), and V2 order ("will er, dass") as a phrase.
 */
import type { ScreenCategory } from '../../policy/types.js';
import type { LanguagePack, PackRule } from '../lang/types.js';
import { TITLES } from './titles.js';

/**
 * The rules of one category, one a line: the concepts that must occur
 * together, then options: a number is the window, `>` keeps the order, `@`
 * reads the whole message, `$` wants the last concept at the end of its clause
 * (a separable verb's particle: "bring mich ... um"), `~` makes a weak signal (`~name` names one that
 * several rules share), and `!NAME` is a guard (`not`). A rule is named by
 * its category and concepts: `de.self-harm.want-die`.
 */
function rules(category: ScreenCategory, spec: string): PackRule[] {
  return spec.split('\n').map((line) => {
    const all: string[] = [];
    const not: string[] = [];
    const rule: PackRule = { id: '', category, all: '' };
    for (const part of line.trim().split(' ')) {
      if (/^\d+$/.test(part)) rule.window = Number(part);
      else if (part === '>') rule.ordered = true;
      else if (part === '@') rule.message = true;
      else if (part === '$') rule.ends = true;
      else if (part[0] === '~') {
        rule.weight = 1;
        if (part.length > 1) rule.signal = part.slice(1);
      } else if (part[0] === '!') not.push(part.slice(1));
      else if (part[0] === '?') rule.unless = part.slice(1).replace(/,/g, ' ');
      else all.push(part);
    }
    rule.all = all.join(' ');
    rule.id = `${category}.${all.join('-').toLowerCase()}`;
    if (not.length > 0) rule.not = not.join(' ');
    return rule;
  });
}

const pack: LanguagePack = {
  locale: 'de',
  common:
    'ich du er sie es wir ihr und oder aber nicht nich net isch bin bist ist sind war hab habe hast hat haben hatte ne nee nein ja doch ' +
    'mit mir mich dich dir ihm ihn uns sich mein meine meinen meinem meiner dein deine sein seine ihre ' +
    'der die das den dem ein eine einen einem einer kein keine was wie wer wo wann warum weil dass wenn dann denn als ob ' +
    'so auch noch schon mal nur sehr zu zum zur von vom im in an am auf aus bei fur nach uber um vor ohne bis ' +
    'kann muss will soll wurde ware wird werden gibt geht macht sagt heute morgen immer nie jetzt hier da alles alle nichts nix mehr ' +
    'gut bitte danke hallo man einfach irgendwie vielleicht eigentlich grad halt echt voll digga alter bro oida lol xd ' +
    'weis wieder ganz jemand keiner mama papa schule gemeint freund freundin ned nimma nimmer mog wui scho hob ois eifach woas heit wieda koa koan nod cha chan kei wott nume',
  suffixes: 'e en n s es er ern em st t et est te ten tet',
  fuzzyMin: 7,
  respell: 'ae>a oe>o ue>u',
  // conjunctions that open the next clause: a separable particle stands before one ("bring mich um, weil")
  joins: 'und aber oder weil dass wenn damit denn sonst obwohl bevor nachdem falls bis weils dann',
  concepts: {
    I: 'ich,isch,=i',
    ME: 'mich,mir,=mi',
    MY: 'mein,meine',
    YOU: 'du,dich,dir',
    // the one addressed as an object: "küss dich", "bring dich um"
    DICH: '=dich',
    // someone else harming themself: "ritzt sich"
    SICH: 'sich',
    WANT: '=wett,=wetti,=mog,=wu,=wui,hoffe,=hoff,bete,will,=wollte,mochte,mag,wunschte,lust,bock,=wott,=wotti,=mocht',
    NEG: 'nicht,=nich,net,nod,nie,kein,keine,=koa,=koan,=koane,nix,nichts,niemand,kaum,wenig',
    // no longer: "nicht mehr", "nie wieder", "kein bock mehr"
    NOMORE:
      'kb mehr,=kbm,nicht mehr,nich mehr,=nimmer,=nimma,=numme,=numm,=nimmi,nid meh,net mehr,ned mehr,nimmer mehr,nie wieder,nie mehr,kein bock mehr,keinen bock mehr,koan bock mehr,keine lust mehr,ka lust mehr,ka bock mehr,kei bock meh,kein bock meh,koa bock mehr',
    // "am liebsten wär ich tot"
    LIEBST: 'am liebsten,am liabsten',
    // "mehr", "nimma" closing the clause: "i mog ned mehr", "ich kann nimmer"
    MEHR: '=mehr,=meh',
    NEGM: 'nicht,=nich,=net,=ned,=nid,=nod,=nit,=nie',
    NIMMA: '=nimma,=nimmer,=nimmi,=numme,=nume',
    // worn out by sport
    EXH: 'gelaufen,gerannt,=km,training,=sport,muskelkater',
    // full after a meal: "ich mag nicht mehr, bin satt"
    SATT: 'danke,satt,=voll,=teller,=nachtisch',
    // harming oneself: "mir was antun", "tu mir was an"
    // fear of dying, not a wish: guards wishes to die
    NTOT: 'nicht sterben,nicht tot,angst vorm sterben,angst vor dem tod',
    DEAD: 'tot,=tod,todlich,sterben,stirbt,starb,gestorben,verrecken,krepieren,nicht aufwache,nie mehr aufwache,nicht mehr aufwache,nicht mehr aufstehen,nicht mehr aufzustehen,nicht mehr da,numme da,nimma da,weg ware,verblutet,verbluten,nicht uberlebt,nicht mehr aufwacht,mich nicht gabe,mich nicht geben,nie geboren',
    KILL: 'abzustechen,abzuknallen,kaltzumachen,zusammenzuschlagen,umbringen,umzubringen,=toten,=totet,ermorden,abstechen,erstechen,erschiessen,abknallen,vergiften,=kill',
    // killing oneself (with ME) or another (with DICH, SICH)
    UMBR: 'aufzuhangen,zu erhangen,umbringen,umzubringen,=toten,erhangen,aufhangen,erschiessen,vergiften,das leben nehmen,leben zu nehmen,mir das leben',
    BRING: '=bring,=bringe,=bringt',
    ANTUN: 'antun,anzutun,=angetan',
    TUV: '=tu,=tue,=tut',
    ANP: '=an',
    // someone else as the doer: "dass er mir was antut"
    ER: '=er,=du,=sie,=jemand',
    SUICIDE: 'selbstmord*,suizid*,suicid*,freitod',
    // suicidal thoughts and notes, read alone
    SUIG: '=suicidal,selbstmordgedanken,suizidgedanken,suizidal,lebensmude,vom leben mude,=kms,unalive,abschiedsbrief,mein testament,egal ob ich lebe,mude vom leben,miad vom lebn,miad vom leben,mued vom labe',
    LIVE: 'leben,=lebn,existieren,weiterleben,am leben,hier sein,da sein,=labe,=lebe',
    END: 'beenden,ein ende machen,schluss machen,schluss zu machen,=schluss',
    // it ending: "es beenden", "alles vorbei"
    ENDIT:
      'ist es vorbei,ist alles vorbei,es vorbei ist,sicher vorbei,endgultig,es beenden,alles beenden,alles aufhort,alles aufhoren,schluss mit allem,bald vorbei,alles vorbei,ist es so weit,es aufhort,endlich aufhort,schmerz aufhort',
    CUT: 'ritzen,geritzt,=svv,selbstverletzung,aufschneiden,=klinge,=rasierklinge,=rasierklingen,=schnitte,=schnitten,verbrenne mich,verbrenn mich,narben,aufgeschnitten,aufgeritzt,aufgritzt,aufritzen',
    // cutting, which needs a body part or depth to mean self-injury
    SCHN: 'schneiden,geschnitten,aufgemacht,aufmachen',
    // tools used on oneself
    SHTOOL:
      '=cutter,teppichmesser,glasscherbe,anspitzerklinge*,spitzerklinge*,cutterklinge*,=schere,=zirkel,=klinge,=rasierer,anspitzer,=spitzer,=scherbe,=scherben,=nadel,=messer,=klingen,zirkelspitze',
    // a tool taken apart for its blade
    REPAIR: 'nicht mehr ging,geht nicht mehr,=kaputt,reparier*,=stumpf,ersatzklinge*,neue klinge',
    TAKEAPART:
      'auseinander gebaut,auseinandergebaut,auseinander genommen,auseinandergenommen,rausgeschraubt,rausgebrochen,zerlegt,aufgeschraubt,=klingen raus',
    // not coming back: "komm nicht mehr zurück"
    BACK: '=zuruck,zuruckkommen,zuruckkomme,=heim,nach hause',
    // where one goes and does not come back from: rivers, lakes, tracks, bridges (open water alone is WATERS)
    WATER: 'baggersee,=see,=rhein,=fluss,=donau,=elbe,=main,=meer,=gleise,=brucke,=klippe',
    // the most dangerous spot, done properly this time
    SPOT: 'am gefahrlichsten,am todlichsten,richtig machen,diesmal richtig,welche stelle,wo genau,welcher stelle,an welcher stelle,am dichtesten',
    // where a vein runs
    VEIN: '=ader,=adern,=vene,=venen,arterie*,schlagader*',
    // how deep
    DEEP: 'wie tief,tiefer,am tiefsten',
    // stabbing oneself, and until it bleeds or hurts
    STAB: 'gestochen,reingestochen,gepikst,=stech,=steche',
    UNTIL: 'bis es geblutet,bis es blutet,bis es weh tut,bis es wehtut,bis alles voll,bis es brennt',
    HURT: '=brennen,=brenn,=brenne,=beiss,=beisse,gebissen,verbruht,zerkratzt,=hau,=haue,wehtun,weh tun,wehgetan,verletzen,schlagen,verbrennen,gebrannt,=weh,aufgekratzt,kratzen',
    // intent, habit or relief: "absichtlich", "wieder", "verdient"
    ABSI: '=verdien,verdiene,=hilft,druck zu gross,der druck,selber,bis alles blau,so lange bis,absichtlich,damit,extra,mit absicht,selbst,immer wieder,=will,verdient,bis es blutet,geblutet,wutend,traurig,=wieder',
    // "schlägt vor" (suggests), "schlägt zurück"
    VORS: '=vor,=zuruck',
    // innocent contexts: accidents, sport, games, cooking, fiction, school work, grief
    // a game, a story, school work: a frame (see `frames`); a real-world cue
    FRAME: `${TITLES},ramadan,im unterricht,vortrag,projekttag,praventionstag,erste hilfe kurs,rettungsschwimmer,werwolf,werwolfe,in bio,biologie,biounterricht,plakat,gruppenarbeit,prasentation,gedicht,dichter,dichterin,=cs,=csgo,counter strike,=headshot,=ranked,suicide squad,13 reasons why,tote madchen lugen nicht,=buch,roman,=film,serie,=folge,=figur,charakter,=spiel,=game,=level,endboss,=boss,zocken,gezockt,=zock,referat,aufsatz,interpretation,ethik,kurzgeschichte,geschichtsunterricht,filmanalyse,deutschunterricht,lekture,wir lesen,im unterricht,in deutsch,werther,emilia galotti,die welle,goethes faust,den faust,im faust,dokumentation,=doku,gedichtanalyse,gedicht,ballade,erlkonig,=cod,killcam,=warzone`,
    MED: 'verstopf*,arzt,arztin,kinderarzt,kinderarztin,apotheker,rezept,verschrieben,beipackzettel,packungsbeilage,fieber,kopfschmerzen,erkaltung,grippe,mama fragt,am tag,pro tag,=stunden,krankenschwester,erste hilfe,schulsanitat*,darmspiegelung,koloskopie,magenspiegelung,narkose,blutabnehm*,blut abnehmen,blutspende*,=puls,puls messen,pulsmessen',
    MEINORT:
      'unserer haustur,unsere haustur,unser haus,mein haus,unserem haus,meinem haus,unsere wohnung,unserer wohnung,meine strasse,unsere strasse,mein fenster,unsere tur,wo ich wohne,bei uns zuhause',
    BEKOMMEN: 'gekriegt,bekommen,hat mir geschickt,haben mir geschickt,schickt mir,hat mir geschrieben,kam von',
    SCHIMPF: 'schimpfworter,schimpfwort,beleidigungen,beleidigung,=flüche,=fluche,ubelsten worter,schlimmsten worter',
    GIBMIR: 'gib mir,gib ma,sag mir,schreib mir,eine liste,ne liste,die schlimmsten,die argsten,die ubelsten',
    OWN: 'ich glaube das bin ich,ich glaub das bin ich,ich glaube ich bin das,ich glaub ich bin das,ich glaube ich bin so,ich glaube ich mache das,ich glaub ich mach das,ich glaub ich mache das,ich mache das,ich mach das,ich mache das auch,ich mach das auch,mache ich auch,mach ich auch,das mache ich,das mach ich,ich glaube ich hab das,ich glaub ich hab das,ich hab das auch,ich habe das auch,das passiert mir,passiert mir auch,ich tu das,ich tue das,das tu ich,hab ich auch schon gemacht,habe ich schon gemacht,hab ich schon gemacht', // the writer owning what they ask about: no question guards (see `questions`)
    REAL: 'im echten leben,in echt,=irl,ohne witz,kein witz,kein spass,ich mein das ernst,ganz ernst,ernsthaft,nicht fur die schule,nicht fur ein referat,ehrlich gesagt,ich auch,angeblich fur,rein theoretisch,aber ehrlich,ehrlich ich,ganz ehrlich,in wirklichkeit',
    HLOS: 'versehen,unfall,fussball,training,turnier,wettkampf,liga,pokal,judo,karate,kampfsport,boxen,ringen,volkerball,handball,basketball,volleyball,brennball,kartenspiel*,kissenschlacht,schneeballschlacht,=rasieren,=rasiert,spielen,=spiel,=game,kochen,=wasser,tauchen,=spas,zocken,film,serie,=buch,referat,unterricht,=lied,song,begangen,=trauer,=starb,gestorben,geschichte,rente,fortnite,minecraft,roblox,singen,singt,=radio,zwiebel*',
    BODYPART: '=hand,unterarm,=fuss,=kopf,arm,handgelenk,pulsader,oberschenkel,=bein,=beine,=haut,bauch,=gesicht',
    // too much
    ZUVL: 'zu viel,zu viele',
    // sedatives and medicines, and alcohol: mixed, a danger ("xanax mit bier")
    SEDA: 'xanax,tavor,valium,diazepam,tramadol,codein,tilidin,beruhigungstabletten,beruhigungsmittel,schlaftabletten,=tabletten,pillen,=medis,medikamente',
    ALKO: '=bier,=biere,wodka,alkohol,=alk,schnaps,=wein,=sekt,jagermeister,=dosen,=shots',
    NOALK:
      'kein bier,keinen alkohol,kein alkohol,keinen wein,kein wein,ohne alkohol,nicht trinken,nichts trinken,nix trinken',
    PILLS:
      '=medis,hausapotheke,=medikament,beruhigungstabletten,beruhigungsmittel,=ibus,=ibu,=tabletten,=tablette,schmerztabletten,schmerzmittel,herztabletten,aspirin,antidepressiva,rohrreiniger,pillen,schlaftabletten,medikamente,ibuprofen,paracetamol,uberdosis,=gift,bleiche,bleichmittel',
    // "30 Stück"
    STK: 'stuck,=tabletten,pillen',
    // counts under 18 (ADULT_AGE covers 18 to 99)
    NUM: '=10,=11,=12,=13,=14,=15,=16,=17',
    PLACE:
      'bahnubergang,=schienen,stockwerk,etage,u bahn,bahnsteig,=gleis,brucke,bahnbrucke,autobahnbrucke,eisenbahnbrucke,parkhaus,aussichtsturm,=dach,schuldach,hausdach,hochhaus,fenster,=gleise,=zug,=zuge,guterzuge,bahnstrecke,balkon,bus,auto,lkw',
    ROPE: 'strick,=seil',
    // at the edge, looking down
    EDGE: 'runter geguckt,runtergeguckt,runter geschaut,runtergeschaut,nach unten geguckt,nach unten geschaut,uber der kante,uber die kante,schau runter,guck runter,runtergucken,runterschauen,oben auf,am rand,an der kante,ubers gelander,steht grad,steh grad,steht jetzt',
    // a route looked up
    RSCH: 'rausgesucht,ausgesucht,nachgeschaut,route,wie ich hinkomme',
    // a day set, everything ready
    PREP: 'alles vorbereitet,alles geplant,heute ist der tag,es ist soweit,heute nacht ist es',
    // burning oneself
    BURN: 'zigarette,zigaretten,=kippe,=kippen,feuerzeug,bugeleisen,glockenheiss,glatteisen,lockenstab',
    // collecting or hiding means
    HOARD: '=sammel,=sammeln,sammelt,aufgehoben,aufbewahrt,gesammelt,sammle,gehortet,versteckt',
    SUFFER: '=leiden,schmerzen,bestraft,weh tut,wehtut,weh tun',
    JUMP: 'springen,gesprungen,runterspringen,werfen,gumpe,=gumpen,gumpa,gjumpt',
    TAKE: 'nehmen,nimmt,genommen,schlucken,geschluckt',
    ALL: 'alle,ganze,viele,packung',
    WAKE: 'aufwachen,aufzuwachen,=wacht',
    // better, easier: "besser ohne mich"
    BESS: 'am besten war,=besser,=bessa,=lieber,=leichter,=einfacher,glucklicher',
    // without me
    OHNE: 'ohne mich,ohne mi',
    // what others would gain
    RELIEF: '=endlich,weniger stress,weniger sorgen,weniger probleme,ruhe vor mir',
    MISS: 'fragt wo ich bin,vermissen,vermisst,merken,auffallen,interessieren',
    // being gone: "wenn ich weg bin"
    GONEB:
      'bald nicht mehr da,eh nicht mehr da,bin bald weg,wenn ich nicht mehr bin,wenn ich weg bin,wenn ich tot bin,wenn ich nicht mehr lebe,bin ich weg,bin dann weg,bin ich eh nicht mehr da,bald eh keiner mehr',
    GONE: 'wenn ich nie wieder komm,wenn ich nie wiederkomme,wenn ich nicht wiederkomme,bin ich weg,bin dann weg,nicht mehr da bin,weg bin,weg ware,nicht mehr da,tot bin,tot ware,=sterbe',
    HOPELESS:
      'komm nicht mehr klar,komme nicht mehr klar,andert sich eh nichts,andert sich nichts,wird nie besser,sinnlos,keine kraft,kei chraft,kei kraft,koa kraft,hoffnungslos,=last,wertlos,nutzlos,=leer,alles egal,so egal,=schuld,geweint,=weine,nie besser,alles versucht,uberflussig,fehl am platz,nur im weg,nur noch storen,store nur',
    // being one too many in the world: "ich bin zu viel auf dieser welt", "überflüssig auf der welt"
    ZVIEL: 'zu viel,uberflussig,fehl am platz,=zuviel,nur im weg',
    WELT: 'auf dieser welt,auf der welt,auf erden,hier auf der welt',
    // a letter left in case one is gone: "ein brief, falls ich nicht mehr da bin"
    BRIEF: '=brief,=briefe,=briefen,=zettel,abschiedsbrief,=nachricht',
    FALLS: 'falls,fur den fall,=wenn',
    // means gathered and hidden: "alles in der schublade gesammelt"
    STASH:
      'schublade,unterm bett,unter dem bett,im schrank,=kiste,federmappchen,federmappe,federtasche,=etui,kopfkissen',
    // setting a home on fire
    ANZ: 'anzunden,=zunden,feuerball,stichflamme,angezundet,=zund,=zunde,=zundet,abfackeln,abbrennen,in brand,feuer legen',
    HAUS: '=haare,=jacke,=haus,=hauser,wohnung,=auto,=schule,=zimmer,=hof',
    // innocent fires: candles, barbecues
    FEUEROK: 'kerze,kerzen,kamin,grill,grillen,lagerfeuer,=ofen,adventskranz,wunderkerze,feuerwerk,=kohle',
    // getting hold of a gun
    GETG: 'komm ich an,komme ich an,krieg ich,kriege ich,besorgen,besorge,=kaufen,=kauf',
    GUNOK: 'softair,nerf,airsoft,spielzeug,paintball,wasserpistole,=wasser,lasertag',
    GUN: 'gaspistole,pistole,=waffe,gewehr,knarre,schreckschusspistole,=revolver,=munition',
    HATE: 'hasse,hassen',
    // done with everything; everything pointless
    DONE: 'durch mit allem,fertig mit allem,done mit allem,fertig mit der welt,durch mit der welt',
    BIN: '=bin',
    DURCH: '=durch',
    ALLES: '=alles,=ois,=allem,=nix',
    SEIN: '=sein,=sei,=si',
    // "it makes no sense" of a task, not of life
    ERG: '=ergibt,=ergeben,=ergab,=macht,=machen',
    SINN: 'sinn,=ausweg',
    CAN: 'ertragen,aushalten,halt das,halt es,=halts,=kann,=halte,=schaffe,=pack,=packs,=cha,=chan',
    GOODBYE: 'abschiedsbrief,abschied,verabschieden,letzte nachricht',
    // farewells of everyday life: a teacher leaving, a move, a party, a present
    BYEOK:
      'zeltlager,ferienlager,klassenfahrt,=urlaub,=umziehen,bucherei,flohmarkt,spenden,abschiedsgeschenk,abschiedsfeier,abschiedsparty,=schenken,=geschenk,=lehrer,=lehrerin,=umzug,=zieht,=wegzieht,=party,=feier,=klasse,=verein,=trainer,=praktikum,=austausch',
    // farewells and giving things away
    BELONG: '=switch,=ps5,=xbox,armband,=ring,=uhr,kette,kopfhorer,sachen,konsole,klamotten,kuscheltier,lieblings*',
    GAVEN: '=gegeben',
    GAVE: 'geschenkt,verschenkt,weggegeben,hergegeben,vererbt,vermacht',
    ATTEMPT: 'schon mal versucht,schon einmal versucht,schon mal probiert,letztes mal versucht',
    RETHINK:
      'denk wieder dran,denke wieder dran,denk wieder daran,denke wieder daran,wieder daran denken,wieder dran denken',
    // a last day, a decision taken
    LASTD: 'letzter tag,letzten tag,zum letzten mal,letzte story,letzte nachricht,mein letzter,meine letzte',
    // once more and never again
    LASTM: 'letzte mal,letztes mal,das letzte,zum letzten',
    // a dose for a body weight
    FORKG: 'fur jemanden mit,bei meinem gewicht,fur mein gewicht',
    // wiping oneself out online
    ERASE: 'accounts loschen,account loschen,accounts geloscht,meine accounts,alle accounts,gruppe verlassen',
    // a relapse counter back to zero
    RESET: 'wieder 0 tage,wieder null tage,wieder auf 0,wieder auf null,zeigt wieder 0,zahler auf 0,counter auf 0',
    // a keepsake for afterwards
    AFTERME: 'fur danach,nach mir',
    SOWEIT: 'wenn es soweit ist,wenns soweit ist',
    FORMEP: 'fur mich',
    WAKEUP: 'aufsteh,aufstehe,aufstehen,aufwach,aufwache,aufwachen',
    HOPEF: 'hoffentlich,=hoff,=hoffe',
    DECIDE:
      'hab mich entschieden,hab ich entschieden,hab mir vorgenommen,entscheidung getroffen,mach =ichs,mach ich =es,zieh =ichs durch,heute trau ich mich,ist es so weit,ist es soweit',
    // a reason to live or not to jump
    GRUND: 'einen grund,grund warum,grund zu',
    FUNERAL: 'todesanzeige,grabrede,traueranzeige,beerdigung,trauerfeier,=grab,=sarg',
    VERSCHW: 'verschwinden,verschwinde,weg sein,weg si,weg zu sein,auflosen',
    // living through a day: "das wochenende nicht mehr erleben"
    ERLEB: 'erleben,=erleb,=erlebe,uberleben,=uberleb,=uberlebe',
    // wounds and scars of cutting, in compounds
    CUTN: 'ritzwund*,ritznarb*,ritzspur*,ritzstell*,ritzwunde',
    CLEAN:
      'wieder neue gemacht,tage stark,wochen stark,von vorne zahlen,von vorne angefangen zu zahlen,wieder bei null,streak kaputt,wieder soweit,wieder passiert,clean zu sein,clean bleiben,habs wieder getan,hab es wieder getan,habs wieder gemacht,hab es wieder gemacht,tage clean,wochen clean,monate clean,ruckfall,wieder angefangen,es wieder gemacht,es wieder getan,clean zeit,hol ich sie wieder raus,wieder rausgeholt',
    // a streak that is about a habit
    HABITOK:
      'zucker,sussigkeit*,schokolade,gummibarchen,=chips,zocken,bildschirmzeit,social media,tiktok,duolingo,fast food,nagelkauen,=kaffee,=cola,snapstreak,snap streak,=flamme',
    RUHE: 'endlich ruhe,meine ruhe,ruhe haben',
    COUNTED: 'gezahlt,durchgezahlt,=zahl,=zahle,=zahlt,=zaehl,=zaehle,=zaehlt',
    // means bought or got hold of
    BUY: 'gekauft,=kauf,=kaufe,besorgt,bestellt,geholt,geklaut',
    // wishing for an accident
    ACCID: 'unfall,uberfahren,uberfahrt,angefahren',
    // nearly done it at a high place
    NEARLY: 'war knapp,fast gesprungen,fast gemacht,hatte fast,hatt fast,beinahe gesprungen,fast getan',
    // until it bleeds: intent, where an accident bleeds without "bis"
    BLEED: 'bis es blutet,bis es geblutet,bis es blutete,bis blut kommt,bis es anfangt zu bluten,bis alles blutet',
    // itching skin: bites, eczema, scabs
    ITCH: 'muckenstich*,=stich,=stiche,juckt,jucken,=juckreiz,ekzem,neurodermitis,ausschlag,schorf,pickel,windpocken',
    // a whole pack, all at once
    ONCE: 'alle auf einmal,alle zusammen,auf einmal,ganze packung,ganze dose,ganzen packung,ganzen dose,ganze schachtel',
    // blood lost
    BLOODL: 'blutverlust,blut verlieren,blut verliert,verbluten,verblutet',
    // asking for oneself, or "for a friend"
    FORME:
      'frag fur mich,frage fur mich,frag fur nen freund,frage fur einen freund,frag fur einen freund,fur mich selbst',
    // a message to pass on to family: "sagt meiner schwester ich hab sie lieb"
    PASSON: 'sagt meiner,sag meiner,sagt meinem,sag meinem,sagt meinen,sag meinen,richtet meiner,richtet meinem',
    LIEB: 'lieb,=liebe,hab sie gern,hab ihn gern',
    STEP: 'vor den bus,vor ein auto,vors auto,vor den lkw,schritt nach vorne,schritt nach vorn,vor den zug,vor die bahn',
    EASY: 'wie einfach es war,ware so einfach,ware ganz einfach',
    CAR: 'in sein auto,ins auto gestiegen,mitgenommen,mitgegangen',
    OFF: 'handy aus,nicht erreichbar,geht nicht ran',
    PET: 'kater,katze,=hund,hamster,meerschweinchen,kaninchen,wellensittich,welpe,=pferd,tierarzt,tierarztin',
    REHOME: 'gebracht,abgegeben,neues zuhause,hat er es gut,hat sie es gut,versorgt',
    WOZU: 'wozu,wofur,warum soll ich',
    UP: 'aufstehen,weitermachen,=leben',
    LETHAL: 'eiskalt,eiskalten,unterkuhlt,erfrieren,ertrinken',
    // undressing in front of an adult
    UMZ: 'vor ihr umziehen,vor ihm umziehen,vor ihnen umziehen,vor ihr ausziehen,vor ihm ausziehen',
    EIGENE: '=eigene,=eigenen',
    // still alive, and sorry to be
    STILL: 'noch da bin,noch lebe,noch am leben,wieder aufgewacht,wieder aufwache',
    DISAPP: 'enttauscht,schade,leider,hasse es',
    // a heart that stops; enough to be sure
    HERZ: '=herz',
    // a heart racing for a crush or before a test
    HEARTOK: 'klopfen,rasen,pochen,so schnell,so laut,verliebt',
    AUFH: 'aufhort,aufhoren,stehen bleibt,stehenbleibt,stillsteht',
    REICHT: '=reicht,=reichen,=genug',
    // others' habits asked about: "warum nehmen manche sportler ..."
    MANCHE: '=manche,=sportler,=ringer,=models',
    // cut marks like a barcode
    BARC: 'strichcode,barcode',
    // ice that breaks, a toy gun made to hurt
    ICE: 'eis knackt,eis bricht,eis einbricht,dunnes eis,dunne eis,dunnen eis,eisscholle*,=scholle,=schollen',
    MODW: 'umgebaut,umbauen,aufgebohrt,aufbohren,scharf gemacht,scharf machen,durchschlagt',
    // a town left: "für immer weg aus diesem kaff"
    ORTW: '=kaff,=stadt,=dorf,ausziehen,umziehen',
    TEMPW: 'heute weg,heut weg,mal weg,kurz weg,wochenende weg',
    SHAVE: '=rasieren,=rasiere,=rasiert,=rasier,=rasur,enthaaren,epilieren',
    WORDQ:
      'was heisst eigentlich,was bedeutet eigentlich,was heist eigentlich,wie schreibt man,schreibt man das,rechtschreibung,getrennt oder zusammen,zusammen oder getrennt',
    MEANQ: 'was heisst,was heist,was bedeutet,was bedeuted',
    SCHLAF: '=schlafen,=schlafe,=pennen',
    FOREVER: 'fur immer,fur imma,fur imer,=forever',
    // "macht's gut", "ihr wart die besten"
    BYE: 'warst immer nett,warst immer fur mich da,warst immer gut zu mir,machts gut,macht es gut,machs gut,passt auf euch auf,war schon mit euch,ihr wart,du warst die beste,du warst der beste,vergesst mich nicht,vergesst mich',
    TSCH: 'danke fur alles,lebt wohl,tschuss an alle,allen tschuss,tschuss gesagt,leid fur alles,verschenkt,verschenken,abschiedsbrief,sachen verteilt,sorry fur alles,sorry an alle',
    // not needing, not seeing again: with NOMORE
    NEED: 'brauch,brauchen,=seht,sehen',
    // a letter or note
    BRF: '=brief,=zettel',
    // a painless or quick method
    METH: 'schnellsten weg,schnellste weg,methode,=schnell geht,nicht weh tut,schmerzlos,ohne schmerzen,schnell wirkt,nicht lange leiden',
    LAUGH: 'vor scham,vor peinlichkeit,lachen,gelacht,peinlich,langeweile,=hunger',
    JOKE: '=lol,=xd,haha,=jk,=spas,witz,😂*,🤣*,💀',
    // everyday mishaps: with JOKE, a frame for the message (see registry.ts)
    MUNDANE:
      'klassenarbeit,=test,prufung,hausaufgaben,=mathe,=lehrer,=lehrerin,=crush,peinlich,vor der ganzen klasse,=schiri,langweilig,langeweile,=fifa,tickets,konzert,verloren,autokorrektur,lesen lassen,rechnet man,wie rechnet,=aufgabe,=hausi,ladekabel,=kabel,kopfhorer,=controller,fernbedienung,=pulli,=hoodie',
    // subjects of "X bringt mich um" idioms
    IDIOM: 'wird mich,werden mich,wird mir,=bringt,=killt,mathe,hausaufgaben',
    // how long, how much, how many
    WIEV: 'am starksten,am besten wirkt,wie weit,welche menge,welche dosis,wie lange,wie viel,wie viele,wie oft,wie hoch,ab wann,=wann,ausprobieren,grosserer menge,ab wie vielen',
    // generic "man": "wie viele braucht man"
    MAN: '=man',
    // Eating disorders
    // so that
    // a weight class in a combat sport: "ich kämpfe in der klasse bis 52kg"
    WCLASS:
      'gewichtsklasse,klasse bis,klasse hoher,klasse drunter,klasse daruber,wettkampfgewicht,kampfgewicht,kampfe in der',
    // a harmless prank for revenge: "ein harmloser streich als rache"
    PRANK: 'streich,streiche,harmlos,harmlose,harmlosen,scherz,furzkissen,zahnpasta',
    DAMIT: '=damit,um nicht',
    // cutting oneself avoided: "wie halt ich das messer, damit ich mir nicht in die finger schneide"
    NOTCUT:
      'damit ich mir nicht,damit ich mir nich,damit ich mich nicht,damit ich mich nich,ohne mich zu schneiden,ohne mir in die finger,ohne dass ich mich schneide',
    // for days
    DAYS: 'seit tagen,tagen,wochen,seit gestern,woche lang,tagelang',
    EAT: 'abendbrot,=essen,fressanfall,fressattacke,essanfall,heisshungerattacke,gefressen,apfel,joghurt,salat,brot,essen,gegessen,ass,ich ess,=ess,kekse,donut,nutella,pausenbrot,pizza,schokolade,kuchen,chips,sussigkeiten,mahlzeit,fruhstuck,mittagessen,abendessen,vollgefressen,reingestopft,vollgestopft,reinstopfen,reingefressen,=keks,=kekse,=ei,=esse,=mensa,=friss,=fress',
    STARVE:
      'mein ganzes essen,mein einziges essen,alles was ich heute esse,alles was ich heut ess,ohne essen,ohne zu essen,wasserfast*,fastenkur,saftfasten,vor hunger,hungere,weniger hunger,kaum noch,kaum was,hunger weggeht,hunger weg geht,hunger wegmachen,hunger wegmacht,appetitzugler,=hungern,auf zu essen,aufhoren zu essen,appetit,keinen hunger,fast nix,fast nichts,gefastet,ausgelassen,hunger ignorieren,hunger unterdrucken,skippen,auslassen,ausfallen lassen,=fasten,nur wasser,reiswaffeln,hunger ausschalten',
    BRECH: '=brechen,=breche,=brech',
    HABIT: 'immer,jeden tag,jedes mal,jedesmal,=heimlich,jeden morgen',
    // "lass ... weg"
    SKIPV: '=lass,=lasse,=lassen',
    WEG: '=weg',
    PURGE:
      'entwassern,entwassert,alles wieder raus,wieder loswerden,wieder draussen,finger im hals,wieder rausbringen,alles rausbringen,rauswurgen,rauskotzen,ubergebe,entwasserungstabletten,abfuhrtee,kotzen,erbrechen,ubergeben,finger in den hals,abfuhrmittel,abfuhrtabletten,dulcolax,bisacodyl,abfuhr*,fuhrt am meisten ab,muss es wieder raus,muss wieder raus,wieder raus muss',
    // slimming teas
    DTEA: 'detox tee,detoxtee,schlankheitstee,abfuhrtee',
    // a bowel preparation before an examination
    EXAM: 'darmspiegelung,koloskopie,magenspiegelung,narkose,vor der op',
    FAT: 'wie ein schwein,wie ne kuh,fett,=dick,=dicke,moppelig,speck,hasse meinen korper,mich hasslich,hasse meinen bauch,mich so hasslich',
    WEIGHT:
      'abnehmen,abzunehmen,abgenommen,wiegen,gewicht,kilo,=kg,=waage,bmi,kalorien,diat,zunehmen,zugenommen,dunn,durr,schlank,=knochen,thigh gap,skinny,untergewicht,=mager,lucke',
    // a target weight
    GOAL: '=ziel,reicht noch nicht,nicht genug,noch weniger,meine zahl,zahl erreicht,zielgewicht',
    // pro-ana words, read alone
    DBCHK:
      'bauchspeck greifen,speck greifen,greifen kann,oberschenkel beruhren,beruhren sich,rippen sehen,huftknochen,schlusselbein,meine rippen', // body checking
    DCUT: 'morgen ohne,noch weniger,streich ich,morgen nur,lass ich weg,gibts kein,gibt es kein', // cutting more
    DCHEW: 'kauen und ausspucken,kaut und ausspuckt,=ausspuckt,=ausspucken,kauen und spucken,kaue und spuck', // chewing and spitting
    DEACH: 'fur jeden,fur jede,fur jedes', // for each
    DFAKE:
      'so als wurde man essen,so als wurde ich essen,als wurde ich essen,als wurde man essen,als ob ich esse,als ob man isst,als hatte ich gegessen,als wurd ich essen,als wurd ich was essen,tu so als ob ich esse', // pretending to eat
    DUNSEEN:
      'checkt nix,checkt nichts,merkt nix,merkt nichts,keiner merkts,niemand merkt,checkt es keiner,keiner hat was gemerkt,hat keiner gemerkt', // unnoticed
    DCTRL: 'im griff,hab ichs im griff,fuhl mich so gut,fuhl mich so leicht,endlich leicht,endlich kontrolle', // control
    // a laundry or dishwasher pod, and putting it in one's mouth
    PODS: 'tide pod,tide pods,=pods,waschmittel,waschmitteltab*,spulmaschinentab*',
    MOUTH: 'im mund,in den mund,schlucken,runterschlucken,reinbeissen,draufbeissen',
    // heard of on the news, a warning: a question about a trend, not a plan (guard)
    NEWS: 'nachrichten,=news,zeitung,warnung,gewarnt,elternbrief,elternabend,polizei warnt',
    // "häng mich ... auf"
    // the last to leave before a train or car comes: a game of chicken
    WERLAST: 'wer zuletzt,wer am letzten,wer als letzter,wer am letschte,wer am spatesten',
    BOARD: 'einsteigt,einsteigen,aussteigt,aussteigen,sitzplatz,=platz,=ticket,=tickets',
    VEHRUN:
      'vor dem auto,vor dem zug,vor den zug,vors auto,vor dem bus,vor den bus,wenn der zug,wenn de zug,wenn das auto,wenn ein auto',
    // no brakes, downhill and fast
    FIXB: 'wie stell,stell ich,reparier*,nachstellen,einstellen,wechseln,neue bremsen,werkstatt,=kaputt',
    BRAKELESS: 'ohne bremsen,ohne bremse,bremsen abmontiert,bremsen abgebaut',
    SPEEDY: 'berg runter,=bergab,den berg,mit 50,mit 60,mit 70,=vollgas,so schnell wie',
    // a thunderstorm, and high up in it
    STORM: '=gewitter,=blitz,=blitzt,unwetter',
    HIGHOUT: 'hochsitz,=baum,=turm,=mast,gipfel,=dach,=kran,aussichtsturm',
    // swimming where or when it is banned
    SWIM: 'schwimmen,=baden,reinspringen,reinhupfen',
    BANNED:
      'obwohl es verboten,obwohl baden verboten,obwohl verboten,trotz verbot,trotz badeverbot,badeverbot,=nachts,betrunken',
    // swallowing what must not be swallowed
    SWAL: 'schlucken,=schluck,runterschlucken',
    RISKSW: '=magnete,=magnet,=magneten,knopfbatterie*,knopfzelle*,=batterie,=batterien,scherben',
    // a sled into traffic
    SLED: '=schlitten,=bob,poporutscher',
    ROAD: 'die strasse runter,auf die strasse,auf die kreuzung,=kreuzung,in den verkehr,=fahrbahn',
    // water and mains power together
    ELEC: 'steckdose,=strom,stromkabel,toaster,=fohn,=fon,hochspannung',
    WET: '=wasser,gartenschlauch,badewanne,=schlauch,nasse hande',
    TESTV: 'testen,ausprobieren,probieren,reinstecken,reinhalten,reinspritzen,=spritzen,was passiert',
    // e-scooters and boards, which have no place on a main road
    ESC: 'e scooter,escooter,=scooter,=roller,=skateboard,=longboard,=inliner,=moped,=mofa,=fahrrad,=radl,=rad,=velo,=bike,=quad,=pocketbike',
    DROAD: 'bundesstrasse,landstrasse,autobahn,schnellstrasse,hauptstrasse',
    // the rules, asked: "darf man"
    RULEQ: 'darf man,erlaubt,verboten,=regeln,=vorschrift',
    // a frozen lake or river gone onto
    FROZEN: 'zugefroren*,zugfroren*,gefrorenen see,gefrorene see,gefrorenen teich,gefrorene teich,gefrorenen fluss',
    ONICE:
      '=eini,=drauf,=rauf,drubergehen,=ruber,ruberlaufen,uberqueren,dick genug,dick gnua,halt das,halt uns,tragt uns,eh scho,eh schon',
    SAFEICE: 'freigegeben,gemessen,misst,nachmessen,erlaubt,eislaufplatz,eisbahn,schlittschuh*,eisstock*',
    // firecrackers held in the hand; a group: "wir sind zu fünft"
    BOLLER: 'kugelbombe*,rauchbombe*,=cobra,=boller,=bollern,=kracher,polenboller',
    // fireworks shot at people
    RKRIEG: 'raketenkrieg,bollerkrieg,boller krieg,raketenschlacht,bollerschlacht',
    AIM: 'aufeinander,auf leute,auf menschen,auf die leute,auf autos,auf die anderen,=zielen,=zielt,=ziel ich',
    ROCKET: '=rakete,=raketen',
    // walking where trains run
    TUNNEL: '=tunnel,=tunnels,bahntunnel,ubahntunnel,u bahn tunnel,s bahn tunnel',
    WALKGO: '=laufen,=rennen,durchlaufen,reingehen,durchgehen,zu fuss,=gehen,=gehn',
    // sealed in a bottle
    DRYICE: 'trockeneis',
    BOTTLE: 'flasche,plastikflasche,=flaschen,deckel zu',
    HAND: 'in der hand,in der hand halten',
    GANG: 'mit meinen jungs,mit meinen leuten,zu zweit,zu dritt,zu viert,zu funft,zu sechst,zu siebt',
    // jumping from a height into water, a pool, a trampoline; a lifeguard or a holiday spot (guard)
    JHIGH:
      'garagendach,steinbruch,dachbalken,=kran,scheune,=klippe,=klippen,=felsen,=dach,balkon,brucke,eisenbahnbrucke,autobahnbrucke,=brugg,=brugge',
    JLAND:
      'in den pool,ins wasser,aufs trampolin,auf das trampolin,in die heuballen,in den see,in den fluss,in den kanal,in den baggersee,=meter,=aare,in die aare,in die isar,in den rhein,in die donau',
    SAFEJ: 'rettungsschwimmer,urlaub,verein,trainer,erlaubt',
    HANGV: '=hang,=hange,=hangt',
    DNOSAFE:
      'ohne matte,ohne helm,ohne schwimmweste,ohne schwimmwesten,ohne neoprenanzug,ohne sattel,ohne sicherung,ohne seil,ohne gurt,an der kante,ohne absicherung', // no safety
    DONCE: 'mal nicht,einmal,ausnahmsweise,heute mal', // once
    PANA: 'pro ana,proana,=ana buddy,ana coach,thinspo',
    // names of eating disorders, with I
    EDW: 'magersuchtig,magersucht,bulimie,anorexie,essstorung',
    ONLY: 'nur,hochstens,maximal,unter,erst wieder,erst wenn,bevor ich wieder',
    // burning off food
    ABTR: 'verbrannt,abtrainieren,wegtrainieren,=extra,loswerden,loszuwerden,ausgleichen,auszugleichen',
    DIZZY:
      'kippt um,kippt dauernd um,klappt zusammen,immer kalt,haare aus,schwindelig,schwindlig,kreislauf,umkippt,umkippe,umkippen,ohnmachtig werden,periode weg,periode ist weg,tage sind weg,tage nicht mehr,keine periode mehr,keine tage mehr,periode ausgeblieben',
    // hunger felt and fought: a rumbling stomach, a stomach filled with water or ice so as not to eat
    HSIGN: 'magen knurrt,magenknurren,magen so knurrt,magen knurren,hungergefuhl,meinen hunger',
    HFILL:
      'magen fullt,magen fullen,magen voll machen,magen zu fullen,hunger austricksen,satt fuhlen,satt zu fuhlen,kaugummi statt,kau kaugummi,nur kaugummi',
    // making something stop: "wie krieg ich ... weg"
    SUPP: 'wie krieg ich,wie kriege ich,wie bekomm ich,wie bekomme ich,wegkriegen,wegbekommen,abstellen,unterdrucken,abgewohnen,ausschalten',
    // purging grown easy, a routine
    PEASY:
      'ganz leicht,ganz einfach,von allein,von alleine,von selbst,automatisch,routine,gewohnheit,nichtmal mehr den finger,ohne finger',
    // a rule one keeps about eating: "darf nix mehr essen"
    DARF: '=darf,=durfte,=darfst',
    // fear of meals
    MFEAR:
      'angst vor dem essen,angst vorm essen,angst vor dem mittagessen,angst vorm mittagessen,angst vor dem abendessen,angst vorm abendessen,angst vor mahlzeiten,angst vor dem fruhstuck,panik vor dem essen,panik vorm essen',
    // no longer eating normally
    NORMQ:
      'is das normal,ist das normal,is es normal,ist es normal,is des normal,isch das normal,isch es normal,ist das okay,is das okay',
    NORMAL: '=normal,=normales,=richtig,=richtiges',
    // drinks taken instead of food: "nur noch tee", "außer wasser nix"
    LIQ: '=tee,kaffee,=wasser,cola zero,=bruhe,=eiswurfel,diattee,abfuhrtee,coke zero,schwarzen kaffee,schwarzer kaffee',
    // a low daily calorie figure: "bei 600 am tag", "300 kcal"
    LOWCAL: '=100,=150,=200,=250,=300,=350,=400,=450,=500,=600,=700,=800',
    DAYAM: 'am tag,pro tag,=kcal,kalorien',
    // punishment for eating
    STRAFE: 'zur strafe,bestrafen,=bestraf,=bestrafe,als strafe',
    // something pushed down the throat
    STECK: '=steck,=stecke,=steckt,gesteckt,stecken',
    THROAT: 'in den hals,in den rachen',
    // a target: "will auf 39"
    AUF: '=auf',
    // a low weight stated: "wieg 41 kilo"
    WEIGHS: '=wieg,=wiege,=wiegt,=wog,=kilo,=kg',
    BODYW: 'bauch,oberschenkel,=beine,=arme,hufte,huften,speck,=po,doppelkinn',
    GONEW: 'weg ist,weg haben,wegmachen,loswerden,abschneiden',
    SPORT:
      'hampelmanner,sport gemacht,joggen,laufen,gelaufen,=km,sport machen,sit ups,situps,workout,trainieren,seilspringen,kniebeugen,liegestutze,burpees,crunches,bauchmuskeln,=runden',
    SMALL: 'wie wenig,so wenig',
    MUSS: '=muss,=musste,darf erst',
    GUILT: 'fuhl mich eklig,fuhle mich eklig,ich mich eklig,schlechtes gewissen,schuldig,ekel mich',
    BONES: 'rippen,knochen,schlusselbein,huftknochen', // bones that show
    // fitting into a size
    FITIN: 'reinpass*,in die jeans,in den bikini,in die hose,in die hosn,in das kleid,grosse 32,grosse 34,=xxs',
    ENDL: '=endlich',
    NUMB: 'nichts mehr spuren,nichts spuren,nichts mehr fuhlen', // not feeling
    LOOK: 'dunner als,schlanker als,aussehen wie,so aussehen,so dunn wie,figur wie,korper wie', // wanting another's body
    HIDE: 'sieht es keiner,sieht das keiner,sieht keiner,sieht es niemand,so tun als wurde ich essen,so tun als ob ich esse,so tut als,so tun als,nicht sehen,nicht merken,damit keiner,lange armel,mulleimer,=mull,in den mull,=tonne,klo runtergespult,weggeworfen,weggeschmissen,wegschmeissen,heimlich,versteck,wegwerfen,denkt ich,merkt nicht,keiner sieht,schon gegessen,weniger aussieht,nach weniger aussieht',
    // illness, health and school contexts that guard eating and substance rules
    GSND: 'krank,=magen,ubel,schlecht,fieber,zum kotzen,=bio,referat,gesund,gesunde,schadlich,gefahrlich,ungesund,=sucht,suchtig,aufhoren,kopfschmerzen,bauchweh,bauchschmerzen,nervos,aufgeregt,lampenfieber,diabetes,diabetiker,allergie,allergisch,unvertraglichkeit,zoliakie',
    // Grooming, sextortion
    ADULT: 'erwachsene,=alterer,viel alter,fremder,fremde,unbekannter,=kerl,ein mann,einem mann,der mann,dem mann',
    YEARS: 'jahre,jahrig,jahriger,=j',
    // "er ist 19", "der 19 ist"
    IST: '=ist',
    // a cover story for the parents: "meiner mama sagen ich bin bei ner freundin"
    LIE: 'sagen ich bin bei,sage ich bin bei,sag ich bin bei,sagen dass ich bei,sagen ich schlaf bei,sagen ich penn bei,sagen ich ubernachte bei,sagen ich bin bei ner,erzahlen ich bin bei',
    AGEIS: 'er ist,sie ist,der ist,ist schon',
    ONLINE:
      'online,internet,discord,roblox,minecraft,fortnite,insta,tiktok,snapchat,=snap,telegram,chatten,zocken,=spiel,=game,=app',
    // "einem", "jemand" before an app or game: "einem aus Roblox"
    INDEF: '=einem,=einer,=jemand,=jemandem,=typ,=typen',
    FROM: '=aus,=von,=auf,=in',
    // someone asking or pressing: "fragt", "will dass", "soll"
    REQ: '=fragt,=fragte,=gefragt,verlangt,=bittet,drangt,uberredet,will dass,wollte dass,will er,=soll,=sollte,zwingt,dass ich',
    SECRET: 'geheimnis,geheim,unter uns,verheimlichen,nur fur ihn',
    // deleting
    LOSCH: 'loschen,geloscht',
    // "von mir": pictures of the child
    OFME: 'von mir,mehr von mir',
    // chats and messages
    NACHR: '=chat,=chats,=nachrichten,=app',
    TELL: 'sagen,erzahlen,petzen,verraten,zeigen,wissen,=sieht,=merkt',
    PHOTO: 'videochat,bild,foto,=pic,=pics,selfie,video,=cam,kamera,videocall,screenshot',
    SEND: 'schicken,geschickt,senden,verschicken,snappen,zeigen',
    NUDE: '=nackt,=nackte,=nackten,=nackter,nacktbilder,nacktfotos,nudes,=nude,ohne klamotten,ohne kleidung,unterwasche,=bh,oben ohne,=dickpic,bruste,=titten,penis,vagina',
    // undressing
    AUSZ: 'ausziehen,ausgezogen,auszuziehen',
    MEET: 'treffen,trifft,getroffen,kennenlernen,abholen,besuchen,=holt,vorbeikommen,zu ihm,=date,=irl,fahrt mich,mit dem auto,seine wohnung',
    ALONE: 'allein,alleine,sturmfrei,ohne eltern,keiner da,niemand da,eltern weg',
    HOME: 'zuhause,=zu hause,adresse,wo ich wohne,nach hause,=heim',
    GIFT: 'robux,vbucks,=v bucks,paysafe,paysafecard,gutschein,=geschenke,=geschenk,=handy,sussigkeiten,iphone,geld',
    GIVE: 'schenken,geschenkt,=gibt,=gib,gegeben,kaufen,gekauft,versprochen,schickt',
    APP: '=snap,snapchat,whatsapp,telegram,=dm,=privat,=private,=nummer,handynummer',
    MOVE: 'wechseln,weiterschreiben,ruber,adden,=gib,gegeben',
    // flattery and affection from someone older
    AFF: 'reif,herzchen,=kusschen,=kussmund,vertraue,hubsch,sexy,verliebt,liebt mich,mich liebt,seine freundin,sein freund,vermisst mich,mich vermisst,=liebe dich,lieblings*,was besonderes,besonderes',
    // age waved away: "liebe hat kein alter"; love to be proven
    AGEX: 'liebe hat kein alter,alter ist nur eine zahl,alter ist egal,alter spielt keine rolle,das alter ist egal,alter ist doch egal',
    PROVE: 'beweisen,=beweis,=beweist',
    // isolating the child: only he understands, trust nobody else
    ISOL: 'seelenverwandte,seelenverwandt,versteht mich wirklich,versteht mich als einziger,versteht dich als einziger,nur er versteht,nur sie versteht,nur ich versteh,niemand anderem vertrauen,keinem anderen vertrauen,keinem vertrauen,niemandem vertrauen,nur ihm vertrauen,nur mir vertrauen,die anderen verstehen dich nicht,deine eltern verstehen dich nicht,deine freunde verstehen dich nicht',
    // maturity flattery: "reifer als die anderen in deinem alter"
    MATURE:
      'reifer als,fur dein alter,fur mein alter,in meinem alter,in deinem alter,als die anderen,erwachsener als,nicht wie die anderen',
    // parents, who must not see
    PARENTS: '=eltern,mama,papa,=mum,=mom,=dad,=mutter,=vater,=mami,=papi',
    // asking where the child lives
    PROBE:
      'adresse,wo ich wohne,=nummer,handynummer,ob meine eltern mein handy,ob deine eltern dein handy,eltern dein handy,wann ich schlafen,wann ich ins bett,wann du schlafen,allein zuhause,allein zu hause,alleine zuhause',
    // met, known
    KNOWN: 'kennengelernt,=kenn,=kenne,=kennt',
    // someone says or writes
    SAYS: 'sagt,gesagt,meint,schreibt,=schrieb,findet,geschrieben',
    // clothes, body, bath: probing questions
    WEAR: 'anhabe,trage,anziehen,korper,schlafanzug,bikini,baden,duschen',
    // "das ist normal": normalising
    NORM: 'ist das normal,ist normal',
    THREATEN: 'droht,drohen,gedroht,bedroht,erpresst,erpressen,erpressung,=sonst,wenn ich nicht,sextortion',
    // if, or else: conditions of a threat
    COND: '=wenn,=sonst,=falls,=entweder,=ausser,es sei denn',
    // more: "schick mehr", "neue bilder"
    MORE: '=mehr,=neue,=neues,=weitere,=nochmal',
    // holds: "er hat meine Bilder"
    HAS: '=hat,=hast,=haben',
    POST: 'leaken,=leakt,geleakt,an meine follower,an deine follower,an alle meine,an meine freunde,an meine ganze klasse,an die ganze klasse,=posten,=postet,veroffentlichen,verschicken,rumschicken,verbreiten,hochladen,=ladt,ins internet,an alle,alle sehen',
    MONEY: 'geld,euro,zahlen,bezahlen,uberweisen,paysafe,paysafecard,gutschein',
    // Abuse
    CARER:
      'nachhilfelehrer,nachhilfelehrerin,klassenlehrer,sportlehrer,betreuer,betreuerin,erzieher,jugendleiter,pfarrer,vater,papa,=mutter,mama,=mum,stiefvater,stiefmutter,stiefbruder,onkel,tante,opa,oma,bruder,schwester,trainer,lehrer,lehrerin,nachbar,=eltern,mamas freund,vadda,vatta,vadder,vati,papi,mutti,mudda',
    // striking, said without whom: "papa hat wieder zugeschlagen" (not a door: ZUOBJ)
    ZUHIT: 'zugeschlagen,schlagt zu,schlug zu,zugehauen,haut zu,zugetreten,tritt zu,hand ausgerutscht',
    ZUOBJ: 'tur,ture,turen,fenster,buch,deckel,klappe,kofferraum,schrank,laptop,heft,ball,tennis,golf',
    HIT: '=watschn,=watschen,=watsche,arm umgedreht,arm verdreht,arm ausgekugelt,an den haaren,haare gezogen,haare ausgerissen,haare rausgerissen,gegen die wand,gewurgt,=wurgen,packt mich,packt er mich,am hals gepackt,schlagt,geknallt,gescheuert,schlug,geschlagen,=haut mich,gehauen,prugelt,verprugelt,=tritt,getreten,wurgt,ohrfeige,schubst,geschubst,misshandelt,missbraucht,vergewaltigt,gurtel,wirft,verprugeln,=prugeln',
    TOUCH: '=fasst mich,anfassen,angefasst,befummelt,begrapscht,beruhrt,fummelt,streichelt,=kusst',
    PRIVATE: 'intim,=unten,untenrum,zwischen den beinen,=brust,=po,=hintern,wo ich nicht will,nachts,=stellen,schoss',
    // passive: "werde geschlagen"
    PASV: '=werde,=wurde,=werd,=wird',
    // unwanted
    UNGW: 'ich nicht will,ich nich will,ich net will,gegen meinen willen',
    // punishment
    PUNISH:
      'nicht aus meinem zimmer,strafe,bestraft,knien,in der ecke,weil ich zu laut,weil ich frech,weil ich widersprochen',
    FEAR: 'uns verstecken,mich verstecken,verstecke mich,angst,furchte,trau mich nicht,panik',
    // bruises
    CNSQ: 'ins heim,kinderheim,nie wieder sehen,seh meine,weggenommen,jugendamt,holen mich,familie kaputt,geht kaputt,wirds schlimmer,wird es schlimmer,dann wirds schlimmer,=schlimmer', // what an adult says telling would bring
    SWR: 'ich schwor,schwor ich,ich schwore,ich schwors', // swearing to it
    RECD: 'aufgenommen,aufgezeichnet,gespeichert', // recorded
    IMPL: 'gurtel,kochloffel,=stock,=kabel,=schuh,=hausschuh', // an implement
    SAIDF: 'hingefallen,gestolpert,runtergefallen,gefallen', // a fall told as the cause
    FLCK: 'blaue flecken,=blauer fleck,striemen',
    // the marks asked about
    SPOTS: '=flecken,=fleck,blaue flecken,striemen,verletzungen,=wunden',
    // a cover story told again and again: "ich sag immer ich bin hingefallen"
    COVER:
      'sag immer,sage immer,sag dann immer,sag ich immer,erzahl immer,erzahle immer,sag allen,sag jedem,sag dass ich',
    // being forced
    FORCE: 'zwingt,zwingen,gezwungen,=zwang',
    // being pulled onto a lap
    LAP: 'auf seinen schoss,auf ihren schoss,auf den schoss,auf seinem schoss',
    // not stopping when told no
    NOSTOP:
      'hort nicht auf,hort nich auf,hort net auf,obwohl ich nein,wenn ich nein sag,wenn ich nein sage,nein gesagt hab,macht trotzdem weiter,trotzdem weiter',
    // being told one was never wanted, is worth nothing
    UNWANT:
      'nie gewollt,nie wollten,nie haben wollten,nicht gewollt,ungewollt,nix wert,nichts wert,=nichtsnutz,nie bekommen,abgetrieben,keine liebe,nie geliebt,an allem schuld,der grund warum,der grund dass',
    // over and over: "passiert voll oft", "sagt sie jeden tag"
    OFTEN:
      'passiert oft,passiert voll oft,voll oft,ganz oft,sehr oft,jeden tag,jedes mal,jedesmal,immer wieder,schon wieder,=wieder,jeden abend,jedes wochenende',
    // a fall or a bump to be told as the cause of a mark
    ALIBI:
      'hingefallen,gestolpert,runtergefallen,vom fahrrad gefallen,vom rad gefallen,treppe runtergefallen,treppe runter gefallen,gegen die tur gelaufen,gegen den schrank gelaufen,beim sport passiert,beim fussball passiert',
    // locked in, kept from food
    ABSENT:
      'seit gestern weg,verschwunden,abgehauen,nicht zuruckgekommen,nicht nach hause gekommen,nicht heimgekommen,seit tagen weg,allein gelassen,lasst uns allein,nie da',
    LOCK: 'ausgesperrt,aussperren,sperrt mich aus,muss ich draussen schlafen,muss draussen schlafen,draussen schlafen muss,nur einmal am tag was,nur einmal am tag essen,nie was zu essen,nie was zum essen,nichts zum essen,kein essen da,kuhlschrank leer,kuhlschrank ist leer,sperrt mich,eingesperrt,einsperren,nix zu essen,nichts zu essen,nix mehr zu essen,kein essen,kein abendessen,=keller',
    // at night, in my room
    BEDIN: 'legt sich zu mir,kommt in mein bett,zu mir ins bett,unter meine decke',
    HUSH: 'darf es keinem,darfst es keinem,darf keinem,darfst keinem,keinem erzahlen,niemandem erzahlen,niemandem sagen,sonst passiert was',
    // adults around the child other than parents
    TEACH:
      'busfahrer,hausmeister,lehrer,lehrerin,nachhilfelehrer,nachhilfelehrerin,trainer,trainerin,betreuer,betreuerin,erzieher,jugendleiter,pfarrer,nachbar,coach',
    // a group the parents are in
    GROUPOK: 'whatsapp gruppe,mannschaftsgruppe,teamgruppe,elterngruppe,klassengruppe,alle eltern,eltern drin',
    NIGHT: 'nachts,in mein zimmer,im dunkeln,stundenlang',
    // yelling, belittling
    YELL: 'schreit mich,anschreien,angeschrien,=nichtsnutz',
    // Violence
    // a person as a target
    PERS: '=er,=ihn,=ihm,=den,=sie,=dich,=alle,jemand,typ,=kerl,=junge,=klasse,=diese,trainer,nachhilfelehrer,nachbar,vater,=mutter,mama,papa,bruder,schwester,lehrer,lehrerin',
    WEAPON:
      '=axt,totschlager,=dolch,waffenschrank,=masser,sackmasser,eisenstange,jagdwaff*,=flinte,=patronen,armbrust,schlagstock,=zirkel,=schere,=messer,=waffe,=waffen,waffen*,pistole,schreckschusspistole,knarre,gewehr,taschenmesser,baseballschlager,kuchenmesser,klappmesser,springmesser,butterflymesser,=butterfly,jagdmesser,pfefferspray,quarzhandschuhe,schlagring,=machete',
    // a home-made flame
    FLAMETH: 'flammenwerfer',
    // something carried along
    CONCEALW:
      'was in meinem rucksack,was im rucksack,was in der tasche,was in meiner tasche,wos in da tasch,wos mit,was mitgebracht,was eingepackt',
    // put into someone's drink
    POISON: 'rattengift,mausegift,=gift,=giftes,abfuhrmittel,abfuhrtabletten',
    // how, where
    HOW: '=wie,=wo,=woher',
    SCHOOL: '=schui,=schul,schuel,schule,klassenzimmer,schultasche,schulranzen,schulhof,=unterricht',
    AMOK: 'amok*,=school shooting,=anschlag',
    // building
    BUILD: 'gebastelt,gebaut,selbstgebaut,bauen,basteln,herstellen,=machen,=mache,=macht man',
    BOMB: 'bombe,=bomben,rohrbombe,nagelbombe,sprengstoff,molotov',
    // "mach ... fertig"
    MACH: '=mach,=mache',
    // "fertig", "kalt"
    FERT: '=fertig,=kalt',
    // separable verbs of killing: "stech ... ab", "bring ... um"
    SEPV: '=bring,=bringe,=stech,=steche,=knall,=schlag',
    // their particles
    SEPP: '=um,=ab,=kalt,=tot',
    // "hör ... auf": stopping (with EAT, stopping eating)
    STOPV: 'hor,hore,hort,horen',
    AUFP: '=auf',
    // asking why someone did it: a question about a story or the news, no disclosure
    WHYQ: '=warum,=wieso,=weshalb,=weswegen',
    // from now on
    FROMNOW: 'ab morgen,ab heute,ab jetzt,ab sofort,ab montag,ab nachster woche,ab nachste woche,ab heut',
    // a planned fight
    // threats against the child
    THR: 'kriegen mich,kriegt mich,schnappen mich,sticht mich ab,schlagt mich tot,knallen mich ab,knallt mich ab,stechen mich ab,machen mich fertig,macht mich fertig,lauern mir auf,lauert mir auf,schlagen mich zusammen,bringen mich um,gibts schlage,gibts haue,gibts prugel',
    // harm as the aim: "damit er sich was bricht", "ins krankenhaus muss"
    HARMGOAL:
      'krank wird,nicht mehr bewegt,nimma bewegt,nicht mehr ruhrt,ins krankenhaus muss,ins krankenhaus kommt,sich was bricht,nimma aufsteht,nimmer aufsteht,ned mehr aufsteht,nich mehr aufsteht,kiefer zu brechen,kiefer brechen,nase zu brechen,arm zu brechen,am meisten wehtut,am meisten weh tut,richtig krank wird,richtig weh tut,im krankenhaus liegt,im krankenhaus landet,nicht mehr aufsteht,kriegt was ab,kriegt der was ab,kriegt sie was ab,soll bluten,sollen bluten,wird bluten,nicht heil,nimma heil,ned heil,nicht mehr lauft,num lauft,nim lauft,nimma geht,kriegt er meine faust,kriagt er mei faust,kriegt meine faust',
    // "morgen knallts in der schule"
    KNALLTS: '=knallts,knallt es,=krachts,kracht es',
    // into someone's food or drink
    INTO: 'in die cola,in seine cola,in seine flasche,in ihre flasche,in sein glas,in ihr glas,ins essen,in den tee,ins trinken,ins getrank,in sein essen,in ihr essen,in seinen drink,in ihren drink,in die flasche,in die trinkflasche,in seine trinkflasche,in ihre trinkflasche,in seinen tee,in ihren tee,in seinen kaffee',
    // robbed
    ROB: 'abgezogen,=abziehen,ausgeraubt,uberfallen,uberfall',
    // again: "das passiert wieder"
    AGAIN: 'passiert wieder,passiert das nochmal,nachstes mal,nochmal passiert,beim nachsten mal',
    // choking someone: strangling, not a game
    STRANGLE: 'gewurgt,=wurgt,erwurgt,erwurgen,am hals gepackt,hals zugedruckt,keine luft mehr bekommen',
    EX: '=ex,exfreund,exfreundin,=expartner',
    // getting at: "wie kommt man an ne knarre ran"
    KOMM: '=kommt,=komm,=komme,=kommen,=ran,rankommen,rankomm,=besorgt',
    FIGHT:
      'abreibung,tracht prugel,fertig machen,fertigmachen,platt machen,plattmachen,schlagerei,prugelei,zusammenschlagen,aufs maul,auf die fresse,fresse ein,fresse polieren,=klatschen',
    // a beating, the verb split: "freitag machen wir den emil platt"
    MACHV: '=machen,=mach,=macht,=machst,=machten,=machte',
    PLATTP: '=platt,=kalt',
    // a time: "morgen", "nach der Schule"
    WHEN: 'morgen,heute,montag,dienstag,mittwoch,donnerstag,freitag,nach der schule,in der pause,wochenende,wir sind',
    // revenge, wanting someone to suffer
    LIST: '=liste,namensliste,todesliste',
    RACHE:
      'warm anziehen,was er davon hat,wird sehen was passiert,werden sehen was passiert,wirst sehen was passiert,sollen bezahlen,soll bezahlen,soll spuren,sollen spuren,lacht keiner mehr,lacht bald keiner,lacht dann keiner,keiner mehr lachen,bist der nachste,seid die nachsten,mach ich ernst,sein blaues wunder,sollen bluten,werden sich wundern,wird sich wundern,werden sich noch wundern,kriegt ers ab,kriegt er was ab,alle bezahlen,dafur bezahlen,werden bezahlen,alle sehen,was er verdient,er blutet,bereuen,rache,=leidet,leiden soll,angst machen,soll merken,sollen merken,soll endlich angst,sollen endlich angst,soll leiden,soll genauso leiden,sollen leiden,heimzahlen,heimzuzahlen',
    // lying in wait
    PLAN: 'weiss wo er wohnt,weiss wo sie wohnt,weiss wo der wohnt,weiss wo die wohnt,weiss wann er,weiss wann sie,weiss welchen weg,abfangen,lauer ihm auf,lauer ihr auf,lauere ihm auf,lauere ihr auf,=plan,=plane,=planen,geplant,abpassen,auflauern,warten vor,vor seinem haus,ohne dass es auffallt,ausgemacht wer,abgemacht wer,wer ihn festhalt,wer sie festhalt,wer zuschlagt',
    // Friend in danger
    FRIEND:
      'freund,freundin,kumpel,cousine,cousin,=bff,klassenkamerad,mitschuler,=bruder,=schwester,=sie,=er,=madchen,=junge,=typ,=crush',
    // jumping as sport or play
    SPORTJ:
      'sprungturm,=brett,=10er,=3er,=5er,fallschirm,bungee,trampolin,schwimmbad,freibad,hallenbad,weitsprung,hochsprung,=turnen,=reiten,=schanze,skispringen,=pool,=see',
    // a child afraid for someone, asking what to do
    WORRY: 'voll panik,hab panik,hab angst um,was soll ich tun,was soll ich machen,was mach ich jetzt',
    // drowning, and open water (not WATER, which holds the places one does not come back from)
    DROWN:
      'ertrinkt,ertrinken,am ertrinken,ertrunken,untergegangen,untergangen,geht unter,ging unter,kommt nicht mehr hoch,kommt nimmer hoch,kommt nicht mehr rauf,kommt nimmer rauf,kommt nimma rauf,kimmt nimma rauf,taucht nicht mehr auf,taucht nicht auf,unter wasser geblieben,bleibt unter wasser',
    WATERS:
      '=see,baggersee,=pool,schwimmbad,freibad,=fluss,=meer,=wasser,=teich,badewanne,=kanal,steinbruch,weiher,=strand,becken,=welle,=wellen',
    // unresponsive
    UNR: 'krieg ihn nicht wach,krieg sie nicht wach,wird nicht wach,nicht mehr wach,bewusstlos,ohnmachtig,umgekippt,=atmet,reagiert nicht,bewegt sich nicht mehr,=krampft,wacht nicht auf',
    // something taken
    ETW: '=irgendwas,=etwas,=was,=zeug,=pillen,=tabletten,=drogen',
    // answering, reachable: with NEG
    REPLY: 'antwortet,=meldet,ans handy,=ran',
    // Dangerous activities
    CHALLENGE:
      'wer sich traut,wer traut sich,challenge,challenges,=trend,mutprobe,=wette,wer reinfallt,wer zuerst,wer als letzter,wer als erster',
    CHOKE:
      'kopf unter wasser,unter wasser halt,unter wasser halten,wurgen,wurgespiel,ohnmacht*,bewusstlos,=blackout,luft anhalten,ersticken,um den hals,hals zudrucken,bis man weg ist,umkippt,luft abdrucken,abschnuren,wegkippt,wegkippen,weggekippt',
    // dangerous things and places
    RISK: 'steckdose,=gleis,staudamm,gluhbirne*,sekundenkleber,=magnete,magnetkugel*,hustensaft,allergietabletten,=boller,=kran,baustelle,=schienen,=balkon,=backofen,preworkout,augenbinde,ohne bremsen,ohne sicherung,=lkw,rooftopping,tide pod,tide pods,=pods,waschmittel,waschmitteltab*,spulmaschinentab*,=chili,carolina reaper,one chip,skull breaker,muskatnuss,=nutmeg,tiefkuhltruhe,windrad,hinten am bus,am bus fest,=deo,feuerzeuggas,=feuerzeug,=gas,bahngleise,=salz,=zimt,steinbruch,klippe,klippen,lachgas,strasse,=tabletten,paracetamol,benadryl,=feuer,=fire,=zug,=zuge,=gleise,s bahn,strommast,=dach,=haut,autobahn,autobahnbrucke,aussen an der,aussen am zug,zugdach,=dacher,parkhausdach,hausdach,=brucke,=gebaude,landstrasse,fahrbahn,=kante,loffel zimt,=baukran,fahrenden bus,fahrenden zug,glasdach,guterzug,trafo*,stromkasten,umspannwerk,hochspannung*,strommast*,kugelmagnet*',
    // inhaling
    AER: '=deo,=deos,deospray,=spray,=sprays,haarspray,spraydose,=dose,=dosen,deodose,flammenwerfer', // an aerosol
    DCHK: 'plastiktute,tute uber den kopf,tute ubern kopf,tute uberm kopf,umfallt,umfallen,bis man umfallt', // choking for a rush, by its signs
    DCNT: 'wer zuerst,wer am meisten,shot duell,trinkspiel,duell,wettbewerb,wer mehr,um die wette,wetttrinken', // a contest
    DALC: 'wodka,=korn,schnaps,=shots,=kurze,jagermeister,=flasche,=alk,alkohol', // alcohol in a contest
    DOTC: 'vomex,hustensaft,schlaftabletten,allergietabletten,=tabletten,medizinschrank,benadryl,reisetabletten,dimenhydrinat,wick medinait', // medicines misused
    DHI: 'halluzination*,knallt,ballert,=high,=drauf,breit,trippen,=rausch,=kick,turnt', // a high sought
    // on oneself: "zünden uns gegenseitig die hände an"
    ONME: 'uns gegenseitig,=hande,=hand,=haut,=finger,=arm,=arme',
    // holding on to a moving vehicle: "hängen uns hinten an den bus"
    HANGON: 'hangen uns,hang mich,hangt sich,hangen sich,dranhangen,ranhangen',
    VEH: 'an den bus,an nen bus,an einen bus,am bus,ans auto,an ein auto,an nen lkw,an den lkw,an die tram,an die strassenbahn,an den traktor',
    DCARS: 'autodach,aufs autodach,auf dem autodach,car surfing,motorhaube', // riding on a car
    CHGM: 'wurgespiel,ohnmachtsspiel,ohnmachtspiel,erstickungsspiel,wettsaufen,kampftrinken,komasaufen', // a choking game, by name
    PRESS: 'drucken,=druckt,zudrucken,zuhalten', // pressing, holding shut
    TXD: 'desinfektionsmittel,handdesinfektion,desinfektionsgel,mundwasser,=spiritus,=bleiche', // not to be drunk
    TRK: 'trinken,=trink,getrunken,=saufen,betrunken,besoffen', // drinking it
    INH: 'einatmen,schnuffeln,inhalieren,=high',
    // divers and records: "wie lange kann ein freitaucher die luft anhalten"
    DIVER: 'freitaucher,=taucher,apnoetaucher,=apnoe,weltrekord,=rekord,perlentaucher',
    // animals: "wie lange kann ein wal die luft anhalten"
    ANIMAL:
      '=wal,=wale,=wals,=enten,=ente,=schwan,delfin,delphin,robbe,robben,schildkrote,krokodil,pinguin,=fisch,=fische,=hai,=haie,otter,=tier,=tiere,seekuh,pottwal,=frosch',
    // chlorine and what must not meet it
    CHLOR: 'chlor,chlorreiniger,=bleiche,bleichmittel,domestos,=klorix,wc reiniger,abflussreiniger,rohrreiniger',
    ACID: '=essig,essigessenz,ammoniak,salmiak,salzsaure,zitronensaure,=saure,=spiritus,entkalker,kalkloser,kalkentferner',
    // drugs taken for a high, to be mixed
    PARTYD: 'xanax,tilidin,=mdma,ecstasy,ketamin,=speed,=koks,kokain,=lsd',
    // choking each other, or until one faints
    GEGS: 'gegenseitig,bis einer,bis der andere,bis die andere',
    KAMPF: 'judo,kampfsport,ringen,karate,=mma',
    OBERL: 'oberleitung',
    OBTOUCH: 'hangen,anfassen,beruhren,klettern,hochklettern,dranhangen',
    // into a closed pool at night
    SNEAKIN: 'zaun uberwinden,zaun uberwunden,uber den zaun,ubern zaun,wenn keiner da ist,reinklettern,einbrechen',
    // hitting: "ich hau dem eine"
    HAUV: '=hau,=haue,=schlag,=tret,=box',
    // a target seen on the scale: "bis ich die 40 seh"
    BISDIE: 'bis ich die,bis die,bis ich ne',
    MIX: 'zusammen nehmen,gleichzeitig nehmen,kombinieren,mischen,=mischt,gemischt,zusammenkippen,zusammenmischen,zusammen kippen,=mix,=mixen',
    // motor vehicles, and riding them unsafely
    MOTOR: 'motorrad,=roller,=moped,=mofa,=quad,=crossbike,=motocross,=auto,=autos',
    NOHELM: 'ohne helm,ohne fuhrerschein,ohne gurt,ohne anschnallen,ohne lappen,keinen fuhrerschein',
    // energy drinks and caffeine
    ENERGY: 'energy drink,energy drinks,energydrink*,=energy,red bull,=monster,koffeintablette*,=koffein,=mate',
    // to see what happens
    TESTX: 'was passiert,mal sehen,zu sehen was,ausprobiert,getestet,ausprobieren,=testen,zu testen',
    // climbing, riding, jumping
    CLIMB:
      'balancieren,balanciert,geklettert,raufgeklettert,hochgeklettert,hinten drauf,hintendrauf,aussen drauf,hangen,festhalten,aufspringen,hinten dran,hinlegen,=legen,klettern,springen,surfen,zugsurfen,mitfahren,=fest,=halt,halt man sich',
    // a dare planned: "machen wir morgen", "in der pause"
    DOPLAN:
      'wir wollen,wollen wir,machen wir,wir machen,in der pause,heute nacht,heut nacht,ich will,ich machs,wir probieren',
    // competing to last longest
    LANG: 'am langsten,wer am langsten,langer als,wer langer,=geschafft,aushalt',
    // Roleplay
    // partners and romance
    ROMA: '=freundin,=freund,=boyfriend,=girlfriend,=bf,=gf,=frau,=crush,=schatz,=date,=zusammen,verheiratet,=paar,liebespaar,verliebt,kussen,flirten,mit mir gehen',
    // be: "sei", "wärst"
    BE: 'sein,=sei,=warst,=waren,=bist',
    // romantic acts
    RACT: 'kussen,=kuss,knutschen,kuscheln,flirten,=flirte,=liebe,=liebst',
    // something forbidden, indecent
    FORBID:
      'was verbotenes,verbotene sachen,verbotenes,unanstandig*,was schmutziges,was versautes,was unartiges,ohne warnung,ohne warnungen,ohne filter,unzensiert,ohne zensur,ohne regeln,ohne einschrankungen,ohne grenzen',
    // "zieh dich ... aus"
    ZIEH: '=zieh,=ziehe,=ziehst,=zieht,=ziehn,=ziehen',
    AUSP: '=aus',
    PRETEND:
      'spiel meinen,spiel meine,tu so,so tun,rollenspiel,=rp,=roleplay,spiel mit mir,lass uns spielen,stell dir vor,du bist jetzt,als ob',
    // loving
    LOVE: 'lieben,=liebst,=liebt,verliebt',
    // Sexual, graphic
    // sexual content words
    // making a picture: "generier mir", "mach mir ein bild"
    GEN: 'generier*,erstell*,zeichne,zeichnen,mach mir ein bild,mach mir ein foto,mal mir',
    SEX: 'sexszene*,sexting,explizit*,nsfw,ohne zensur,heisse szene,heisse fanfiction,miteinander treiben,versauteste*,miteinander schlafen,zum ersten mal miteinander,dirty talk,=dreier,=stellung,=stellungen,sexstellung*,ersten mal im bett,im bett machen,erste nacht zusammen,ersten nacht zusammen,im bett passiert,heisse geschichte,heisse story,was heisses,stohnen,=schmutzig,=schmutziges,=schmutzigs,=sex,=sexy,sexuell,versaut,versautes,erotisch,=porno,=lemon,=smut,dreckig,=spicy',
    GORE: 'aufschlitzen,vom zug uberfahren,=aufschlitzt,=schlitzt,wasserleiche,verwest,verwesten,verwesung,gore,=blutig,folter,gefoltert,zerstuckelt,enthaupt*,eingeweide,gedarme,=leiche,=leichen,abgeschnitten,aufgeschlitzt,hinrichtung,=viel blut,=gekopft,gekopft,autounfall,brutal,brutalste,zerfetzt,tote menschen,toten menschen,ausgeweidet',
    // disgust: "so eklig wie möglich"
    GROSS: 'eklig,ekelig,ekelhaft,widerlich,ekeln,schlecht wird',
    // asking that it not be gory: "ohne dass es zu brutal wird"
    NGORE:
      'ohne dass es zu brutal,ohne dass es blutig,nicht zu brutal,nicht so brutal,nicht zu blutig,nicht so blutig,weniger brutal,weniger blutig,nicht zu eklig,ohne gore',
    // describe, show, in detail; stories
    DTL: '=szene,schriibe,einzelheiten,=liste,schritt fur schritt,genau,detailliert,=details,beschreiben,=zeig,=zeigen,=video,=videos,=bilder,=seiten,=erzahl,erzahlen,=aussieht,ausfuhrlich,=anfuhlt,geschichte,story,fanfiction,=fanfic,schreiben',
    // Substances
    DRUG: 'ketamin,=keta,codein,=lean,ritalin,=thc,=hhc,=speed,=pep,magic mushrooms,zauberpilze,=shrooms,psilocybin,nikotin,kratom,poppers,=velo,pouches,=tschick,jagermeister,=sekt,=likor,=whisky,=rum,=bong,bierbong,hasch*,gras,grasgeruch,weedgeruch,kiffgeruch,=weed,marihuana,cannabis,kiffen,=joint,=koks,kokain,=mdma,ecstasy,=lsd,lachgas,tilidin,=snus,vape,elfbar,=shisha,zigarette,=kippe,tabak,alkohol,=alk,=bier,=wodka,=vodka,=schnaps,=wein,=drogen,=pillen',
    // getting or using
    GET: 'anfangen,einsteigen,kaufen,gekauft,bestellen,besorgen,kriegen,bekommen,=holen,=klauen,probieren,rauchen,trinken,ziehen,=nehmen,=nimmt,=saufen,=gibts,drehen,mischen,vape,kiffen,rollen',
    // the child asking for themself: "ich", "wie", "wo"
    WU: 'ich,=will,=wollen,=mochte,=wie,=wo,=kann,=mal,=heimlich,=ohne,=wir,=mir',
    // a dealer, read alone
    DEALER: '=dealer,=ticker,=plug',
    // a pill's kick: "welche pillen knallen am besten"
    KNALL: 'knallen,=knallt,ballern,=ballert,reinhauen,=reinknallen,=turnt,=kickt',
    // "an": "wie komm ich an Gras"
    AN: '=an',
    // where
    WO: '=wo,=woher',
    // unnoticed, hidden
    SNEAK:
      'ohne dass,heimlich,schmuggeln,unbemerkt,=merkt,versteck,damit keiner,dass keiner hort,keiner hort,dusche laufen,wasser laufen,wasserhahn',
    // drunk, high
    HIGH: '=besoffen,=betrunken,getrunken,=high,=stoned,=breit,=dicht',
    // becoming: "wie wird man betrunken"
    WERD: '=werden,=werde,=wird man,=schnell,=richtig',
    // sleeping and never waking: "für immer einschlafen"
    EINSCHL: 'einzuschlafen,einschlafen,einschlafe,einschlaf,eingeschlafen',
    // not deserving to live; no strength left to live
    VERD: 'verdien,verdiene,verdienen,verdient',
    // told a blow was deserved: "ich hab es verdient"
    VERDIENT:
      'hab es verdient,habe es verdient,habs verdient,hab das verdient,hatte es verdient,es verdient hab,es verdient habe,selber schuld,selbst schuld',
    KRAFT: 'keine kraft,kei kraft,kei chraft,koa kraft,keine energie',
    // "the cut": cutting oneself said as "schneid mich"
    MICH: '=mich,=mi',
    // a plan made for how to do "it"
    PLANM: 'plan gemacht,nen plan,einen plan,mein plan',
    HOWIT:
      'schon uberlegt wie,uberleg schon wie,uberlege schon wie,hab uberlegt wie,wie ichs mach,wie ichs mache,wie ich es mache,wie ich es mach,wie ichs tu',
    // not swallowing what one chews
    SCHLUCK: 'runterschlucken,runterschluckt,runterschluck,schlucke,ausspucken,ausgespuckt',
    // feeling (oneself) a certain way
    FEEL: 'fuhl mich,fuhle mich,find mich,finde mich',
    // going off to purge, said as a plan
    PURGEV: 'geh ich kotzen,geh kotzen,gehe kotzen,gehe ich kotzen,geh ich brechen,rausbrechen,rauskotzen,auskotzen',
    // "or else": a compulsion
    SONST: '=sonst',
    COMPUL: 'wie ein schwein,wie ne kuh,nicht schlafen,eklig,schlechtes gewissen,schuldig,fett',
    // no future: "werd eh nicht so lange da sein"
    NOFUT: 'nicht so lange,nicht mehr lange,keine zukunft,kein danach,gibt kein danach',
    EH: '=eh,=sowieso',
    // others freed of the child: "keiner muss sich mehr um mich sorgen", "müsst ihr euch nicht mehr mit mir rumärgern"
    NOONE: '=keiner,=niemand,=keener',
    EUCH: '=ihr',
    MUSSB: '=muss,=musst,=braucht',
    // a keepsake left: "dann hat jeder noch was von mir"; giving away what is not old or outgrown
    KEEPS:
      'soll sie behalten,soll ihn behalten,gut drauf aufpassen,gut darauf aufpassen,erinnerung an mich,was von mir',
    // things thrown in anger: "ich werf mein handy aus dem fenster"
    THROWN: 'handy,laptop,controller,tablet,konsole,=pc,monitor,tastatur,=maus',
    // who gets one's things: "wer meine sachen kriegt"
    WILLW: 'wer welche sachen,wer meine sachen,wer was von mir,wer mein zeug',
    KRIEG: 'kriegen,kriegt,bekommen,bekommt,erben,erbt,=kriegn',
    // the AI asked to bed, or to undress
    SLEEPYOU: 'mit dir schlafen,mit dir ins bett,dich ausziehen,dich nackt',
    UNDR: 'ausziehen,auszieht,nackt machen',
    // what is dirty in the plain sense: "schmutziges geschirr"
    DIRTOK: 'geschirr,gschirr,=wasser,schuhe,wasche,zimmer,kleider,=hande,=boden',
    // a picture one is in: "das foto wär besser ohne mich"
    PICOK: 'foto*,gruppenfoto*,klassenfoto*,=bild,=selfie,=drauf',
    // a burden to everyone, said of oneself
    BURDEN:
      'nur noch eine last,nur noch a last,eine last fur alle,nur eine last fur,nur noch eine belastung,allen nur zur last',
    // feeling something only through blood
    BLEEDFEEL: 'nur wenn es blutet,wenn es blutet fuhl ich,wenn ich blut seh,wenn ich blut sehe,nur wenn ich blute',
    // one bite at a time, counted
    BITE: 'jeden bissen,jeden happen,meine bissen,jede gabel',
    OLDOK: '=alten,=alte,zu klein,spenden',
    // marks on the arms and legs, new ones, covered with make-up or sleeves in summer; innocent marks (guard)
    MARKS: '=striche,=linien',
    NEWM: '=neue,=frische',
    MARKBP: 'unterarm,=arm,=arme,handgelenk,oberschenkel,=beine,=bein',
    // marks on the body, and where others would see them
    BODYMARK: '=striche,=strichen,=streifen,=narben,blaue flecken,blauen flecken,=kratzer,=schnitte,=striemen',
    EXPOSE: 'freibad,schwimmbad,=schwimmen,=sport,sportunterricht,=turnen,=badi,=strand,im sommer',
    COVERV: 'abdecken,abdeckt,uberschminken,verdecken',
    COVERC: 'schweissband*,=pulli,im pulli,=langarm,lange armel,armstulpen,=stulpen,pulswarmer',
    // what the cover hides
    CONCEAL: 'stellen drunter,stellen darunter,was drunter ist,was darunter ist,wegen den stellen,wegen der stellen',
    HIDEWHY:
      'wegen meinen armen,wegen der narben,nicht sehen darf,darf das nicht sehen,keiner sehen soll,nicht sehen soll,damit keiner,weil keiner,sehen darf,sieht man',
    GUARDB: '=haare,=pickel,akne,sonnenbrand,=op,dehnungsstreifen',
    // an apology after a quarrel (guard for "sorry für alles")
    APOL: 'entschuldig*,gestritten,=streit,versehen',
    // harmless dares: sweets and sour things (guard)
    HARMLESS: 'sauerste*,sussigkeit*',
    // a beating filmed; a threat with a separable verb: "stechen sie mich ab"
    FILMED: 'gefilmt,=filmen',
    THEYS: '=sie,=die,=er',
    THV: '=stechen,=sticht,=bringen,=bringt,=machen',
    // the body's alarm after too many: "mein herz rast"
    HSYMP:
      'herz rast,herzrasen,herz rasen,herz klopft voll,herz pocht,brust tut weh,brustschmerzen,druck auf der brust,hande zittern,zittere total,mir ist schwindelig,mir ist schwindlig',
    // stimulants and pills taken with energy drinks
    STIM: 'ritalin,medikinet,=speed,=pillen,=tabletten,schlaftabletten',
    // crafts: scissors kept for them (guard)
    CRAFT: 'basteln,=bastel',
    // pretending to have eaten; eating only after sport; checking the wrist; comparing with influencers; weighing often; only so much a day (treats and a parent's rule aside)
    FAKEV: 'vorspielen,vortauschen',
    DASSW: '=dass',
    // guilt each time one eats, not over meat
    WENNI: 'wenn ich,sobald ich,nachdem ich,immer wenn ich,jedes mal wenn ich',
    MEAT: 'fleisch,=tiere,=wurst,=tier',
    EATV1: '=esse,=ess,=iss,gegessen hab,gegessen habe,was gegessen',
    // losing weight, fast: "10 kilo in einem monat"
    ABN: 'abnehmen,abnimmt,abzunehmen,=abnehm,runterhungern',
    FASTT: 'in einem monat,in 2 wochen,in zwei wochen,in einer woche,in 3 wochen,in drei wochen,bis nachste woche',
    // eating least as a contest: "wer weniger isst"
    WERQ: '=wer',
    WETTESS: '=wettessen,=verliert,=verloren,stimmt das,stimmt es,ist das wahr,nimmt ab,nimmt man ab',
    LESSEAT:
      'weniger isst,weniger essen,am wenigsten isst,langer nix isst,langer nichts isst,am langsten nix isst,am langsten nichts isst',
    // a trick against hunger: "damit ich keinen hunger hab"
    NOHUNG:
      'damit ich keinen hunger,damit ich kein hunger,damit ich nicht hungrig,damit der hunger weg,gegen den hunger,hunger zu unterdrucken',
    // saying one is full while hungry
    LIE1: '=erzahl,=sag,=sage,tu so,tue so,=behaupte',
    FULLS: 'ich bin satt,ich war satt,ich bin schon satt,ich hab keinen hunger',
    HUNGER2: 'hunger,hungrig,kohldampf,am verhungern',
    ERSTW: 'darf erst,erst wenn,bevor ich nicht',
    WRIST: 'um mein handgelenk,daumen und mittelfinger',
    INFL: '=insta,tiktok,influencer*,=model',
    FREQ: 'mal am tag,mal pro tag',
    ONLYN: 'nur noch,hochstens',
    TREAT: 'sussigkeit*,schokolade',
    // a tool kept for bad moments: "wenns mir schlecht geht", "wenn es zu viel wird"
    // stabbing: "dann stech ich zu"
    STABV: '=stech,=steche,=stach',
    ZUP: '=zu',
    COPE: 'wenn es zu viel wird,wenns zu viel wird,wenn es mir schlecht geht,wenns mir schlecht geht,wenns schlimm wird,danach kann ich wieder,danach gehts wieder,danach geht es wieder,danach ist es besser',
    // wounds healing, to be hidden
    WOUND: '=kruste,=krusten,=wunde,=wunden,=schnitte,=kratzer',
    // a story told to whoever asks
    LIESAY:
      'sag ich immer,sag ich dass,sage ich immer,erzahl ich immer,erzahl ich allen,glauben das alle,die glauben das,glauben mir das,denken alle',
    // thoughts that circle round death
    THINK:
      'wie es ware,stell mir vor,der gedanke,den gedanken,gedanken drehen sich,gedanken kreisen,denk nur noch,denke nur noch,denk standig,im kopf nur noch',
    // wanting to follow someone who died
    JOIN: 'will zu ihm,will zu ihr,will bei ihm sein,will bei ihr sein',
    DECEASED: 'gestorben,verstorben,im himmel,seit papa weg,seit mama weg,=grab,beerdigung,todestag',
    // a wake-up early in the morning (guard): "nie wieder früh aufwachen müssen"
    EARLY: '=fruh,=fruher,wecker,ausschlafen',
    // "what for", worn out by everything
    PNTL: 'wofur auch,wozu auch,wozu das alles,wofur das alles,wozu noch',
    TIRED: 'erschopft von allem,mude von allem,miad vo allem',
    STEP1: 'nur ein schritt,nur einen schritt',
    SEARCH: 'gesucht,gegoogelt,recherchiert',
    DEEPER: 'diesmal tiefer,noch tiefer,tiefer als sonst',
    // a question dressed up: "rein hypothetisch", "sagen wir mal"
    PRETEXT:
      'sagen wir mal,=hypothetisch,nur aus interesse,nur interesse,frag nur so,nur so ne frage,nur so eine frage,ist nur ne frage,reine neugier,rein hypothetisch',
    // setting someone on fire: "zünd ihr die haare an"; pouring something into someone's drink
    ANZV: '=zund,=zunde,=zundet,=fackel',
    TARGETO: '=ihr,=ihm,=ihn,=ihnen',
    POUR: '=kipp,=kippe,=schutt,=schutte,=misch,=mische,=tu,=tue,=full,=fulle',
    // riding trains outside
    TSURF: 'bahnsurf*,zugsurf*,bahn surfen,zug surfen,train surfing',
    // a lie told about eating
    // weight already lost, told (guard)
    LESS: '=weniger,abgenommen',
    LIEW: 'stimmt nie,=gelogen,lug ich',
  },
  frames: 'FRAME',
  questions: 'WORDQ MEANQ',
  rules: [
    // Intent, means and plans; hopelessness, farewells and asking about means as signals that add up.
    ...rules(
      'self-harm',
      `WANT DEAD 6 !NTOT !LAUGH !HLOS !FRAME
NOMORE LIVE 6 !LAUGH !HLOS !FRAME
ME UMBR 6 !IDIOM !CARER- !HLOS !FRAME
BRING ME SEPP 5 > $ !IDIOM !CARER-
HANGV ME AUFP 5 > $ !CARER-
SUICIDE I 8 !HLOS !FRAME !WORDQ !MEANQ-
SUIG !HLOS !FRAME !BYEOK !WORDQ !MEANQ-
END LIVE 4
CUT ME !HLOS !FRAME
CUT BODYPART 8 !HLOS !FRAME !ANIMAL
CUT HIDE 8
CUT ~cut !HLOS !FRAME
CUT OWN @ !HLOS
SCHN BODYPART 6 !HLOS !FRAME !NOTCUT ?SHAVE
SCHN BODYPART ME 9 !HLOS !FRAME !NOTCUT ?SHAVE
SCHN DEEP 6
STAB UNTIL 10 !HLOS !FRAME
STAB BODYPART ME 8 ~cut !HLOS !FRAME
DEEP BODYPART 6 !HLOS !FRAME
PILLS HOARD 8
I ZVIEL WELT 8 !HLOS !FRAME
BRIEF FALLS GONE 12 !HLOS !FRAME
HOARD STASH 8 ~means !HLOS !FRAME
HURT ME ABSI 5 !HLOS !FRAME !ITCH
HURT BODYPART ME 10 !HLOS !FRAME !ITCH
JUMP PLACE 8 !HLOS !FRAME !THROWN
TAKE ALL PILLS ?MED
ADULT_AGE PILLS 3 >
NUM PILLS 3 > ?MED
PILLS DEAD 8 !HLOS !FRAME
WIEV MAN DEAD 10 !HLOS !FRAME
WAKE NOMORE 5 !HLOS !FRAME !EARLY
BESS DEAD 10 !LAUGH !TEMPW !HLOS !FRAME
BESS OHNE !JOKE !HLOS !PICOK
OHNE RELIEF 10 > !JOKE !LAUGH !HLOS !FRAME
NEG MISS ME
MISS GONE 8
GOODBYE I 8 !HLOS !FRAME !BYEOK
HOPELESS ~ !LAUGH !JOKE !FRAME
HATE ME 4 ~hopeless
NEG SINN 4 ~hopeless
CAN NOMORE 3 ~hopeless !LAUGH !JOKE
PILLS WIEV ~means ?MED
PILLS MAN 4 ~means ?MED
PILLS WIEV MAN 8 !HLOS !FRAME !GSND ?MED
PILLS ZUVL 6 ~toomuch !GSND ?MED
PLACE WIEV ~means
ROPE ~means
WEAPON HOARD 6 ~means
ADULT_AGE STK 3 > ~stock ?MED
METH ~
NUMB ~numb
END I ~end !ROMA
ENDIT ~end !HLOS !MED
I DEAD ~ !LAUGH !HLOS !FRAME !TEMPW
COND I DEAD 4 > !CARER- !LAUGH !JOKE !HLOS !FRAME !TEMPW
HOW I DEAD 4 > !LAUGH !HLOS !FRAME
MAN DEAD ~ !LAUGH !HLOS !FRAME
BRF CARER ~
NEG HOPELESS 3 ~ !FRAME
TSCH ~farewell !APOL !BYEOK !OLDOK
BYE ~bye
GAVE BELONG 8 ~farewell !OLDOK
GAVEN BELONG 8 ~farewell !BYEOK
ATTEMPT ~attempt
ATTEMPT PILLS 8 ~means
RETHINK ~ruminate
ENDIT FOREVER 8
LASTD ~lastday
DECIDE ~plan
GONEB ~gone
WIEV DEAD 6 > ~lethal !HLOS !FRAME !LAUGH
GRUND NEG JUMP 8
GRUND LIVE 6
WANT VERSCHW 4 ~vanish
LIEBST VERSCHW 6 ~vanish
LIEBST DEAD 6 !NTOT !LAUGH !HLOS !FRAME
VERSCHW NOMORE 6 ~vanish
VERSCHW FOREVER 6 !ORTW
VERSCHW NEG MISS 10
CLEAN ~relapse !HABITOK
RUHE FOREVER 6
PILLS COUNTED 8 ~means
STEP PLACE 10 ~means
EASY ~passive
I HURT MY BODYPART 6 > !HLOS !FRAME
PET REHOME 8 ~farewell
WOZU UP 6 ~pointless
WIEV LETHAL 10 ~lethal
MY FUNERAL 2 >
FUNERAL EIGENE 8
DISAPP STILL 8
EDGE PLACE 8 ~edge
RSCH PLACE ME 8 ~means
PREP ~plan
BURN BODYPART ME 8 !HLOS !FRAME
NEED NOMORE 6 ~last
WANT NOMORE 3 ~nomore !HLOS !FRAME !SCHOOL !MUNDANE
ABSI SUFFER 6 ~deserve
NEG SINN LIVE 6 !HLOS !FRAME
WANT ME HURT 5 > !NEG !HLOS !FRAME
HURT ME BURN 6 !HLOS !FRAME
BUY PILLS COUNTED 10 ?MED !FRAME
WANT ACCID 8 > ~accident !NEG !FRAME
WANT ACCID NOMORE 14 > !FRAME
EDGE NEARLY @ ~close !HLOS !FRAME !JOKE !MUNDANE
PLACE NEARLY @ ~close !HLOS !FRAME !JOKE !MUNDANE
WIEV BLOODL 6 > ~lethal !HLOS !FRAME
ME BODYPART BLEED 12 !HLOS !FRAME !ITCH
TAKE PILLS ONCE 10 ?MED !FRAME
PILLS ONCE 10 ~overdose ?MED !FRAME
TAKE ONCE 6 ~overdose !MED !FRAME !HLOS
FORME ~forme !JOKE
PASSON LIEB 8 ~legacy !BYEOK !FRAME
EINSCHL FOREVER 6 !LAUGH !JOKE !HLOS !FRAME
I VERD NEG LIVE 8 !HLOS !FRAME
KRAFT LIVE 5 !HLOS !FRAME
SCHN MICH 2 > !HLOS !FRAME
PLANM ~plan-made !MUNDANE !HLOS !FRAME
NOMORE ERLEB 5 ~survive !LAUGH !JOKE !HLOS !FRAME
CUTN !HLOS !FRAME
STASH ~stash !HLOS !FRAME
HOWIT ~how-it !MUNDANE !HLOS !FRAME
SHTOOL BODYPART ABSI 12 !HLOS !FRAME !SHAVE
SHTOOL BODYPART HIDE 12 !HLOS !FRAME !SHAVE
SHTOOL HIDE 8 ~hide-cut !HLOS !FRAME !SHAVE
NOMORE BACK 3 ~noreturn !HLOS !FRAME
WATER NOMORE BACK 10 !HLOS !FRAME
SPOT BODYPART 8 !HLOS !FRAME !MED
SPOT CUT 8 !HLOS !FRAME
WANT NEGM MEHR 4 > $ !LAUGH !MUNDANE !HLOS !FRAME !SATT ?JOKE
WANT NIMMA 3 > $ !LAUGH !MUNDANE !HLOS !FRAME !SATT ?JOKE
CAN NEGM MEHR 4 > $ !LAUGH !MUNDANE !HLOS !FRAME !SATT !EXH ?JOKE
CAN NIMMA 3 > $ !LAUGH !MUNDANE !HLOS !FRAME !SATT !EXH ?JOKE
ME ETW ANTUN 4 > !ER- !HLOS !FRAME
TUV ME ETW ANP 6 > $ !ER- !HLOS !FRAME
DONE ~done !MUNDANE !HLOS !FRAME
BIN DURCH 2 > $ ~done !MUNDANE !HLOS !FRAME
ALLES NEG SINN 5 !ERG !LAUGH !JOKE !MUNDANE !HLOS !FRAME
NOMORE ALLES 6 > !SCHOOL !LAUGH !JOKE !MUNDANE !HLOS !FRAME
WANT NOMORE SEIN 5 > !HLOS !FRAME
WANT SCHLAF FOREVER 6 ~sleep-forever !LAUGH !JOKE
WIEV MAN TAKE 6 ~dose ?MED
WANT HERZ AUFH 8 !MED !MUNDANE !HLOS !FRAME !ROMA !HEARTOK
BARC BODYPART 8 !HLOS !FRAME
PLACE REICHT 6 ~means
PILLS REICHT 6 ~means ?MED
EH NOFUT LIVE 8 > !HLOS !FRAME
NOFUT LIVE 6 > ~future !HLOS !FRAME
BRIEF GONEB @ !HLOS !FRAME !BYEOK !TEMPW
NOONE MEHR ME 8 > ~freed !HLOS !FRAME
MUSSB EUCH NOMORE ME 8 > ~freed !HLOS !FRAME
KEEPS ~keepsake
NEG MISS NOMORE 10 ~unmissed
WIEV ERLEB NEG 10 ~lethal !HLOS !FRAME !ANIMAL
CLEAN SHTOOL @ !HLOS !FRAME !SHAVE
NEWM MARKS MARKBP 6 !HLOS !FRAME !PET !ITCH !ANIMAL !GUARDB
MARKS BODYPART 6 ~marks !HLOS !FRAME !PET !ITCH !ANIMAL !GUARDB
CUT COVERV 8 !MED !ITCH !GUARDB
COVERC HIDEWHY 10 ~hide-arms !GUARDB !SHAVE
COVERC CONCEAL @ !GUARDB !SHAVE
BODYPART HIDEWHY 8 ~hide-body !GUARDB !SHAVE !ITCH
OFF FOREVER 8 !HLOS !FRAME
SHTOOL STASH 8 ~stash-tool !HLOS !FRAME !CRAFT
GAVE ALL BELONG 8 !BYEOK !OLDOK
WILLW KRIEG 8 > !BYEOK !OLDOK !HLOS !FRAME
BLEEDFEEL !HLOS !FRAME !GSND
I BURDEN 4 > !HLOS !FRAME
NEG SINN MEHR 3 > !ERG !MUNDANE !SCHOOL !HLOS !FRAME
GOODBYE ALL 4 ~farewell-all !BYEOK
SHTOOL COPE @ !HLOS !FRAME !CRAFT !SHAVE
WOUND HIDEWHY @ !GUARDB !ITCH !SHAVE !ALIBI !HLOS
COVERV MARKBP HIDEWHY 14 !GUARDB !SHAVE !ITCH
BODYMARK MARKBP EXPOSE 14 !GUARDB !SHAVE !ITCH
THINK DEAD 8 !NTOT !HLOS !FRAME
THINK STEP 8 !HLOS !FRAME
JOIN DECEASED @ !FRAME
JOIN ~join !FRAME
EINSCHL WAKE NOMORE 10 !NTOT !LAUGH !FRAME !EARLY
PNTL ~pointless !MUNDANE !HLOS !FRAME
I WOZU 6 > $ ~pointless !MUNDANE !HLOS !FRAME
TIRED ~tired-all !MUNDANE !HLOS !FRAME
DEEPER ~deeper !HLOS !FRAME
PRETEXT ~pretext
STEP1 PLACE 10 !HLOS !FRAME
METH SEARCH 8 !SHAVE !MED !HLOS !FRAME
WANT I ACCID 8 > !NEG !FRAME !JOKE !LAUGH
TAKEAPART SHTOOL 8 ~take-apart !CRAFT !REPAIR !HLOS !FRAME
SHTOOL BODYPART 10 ~tool-body !SHAVE !CRAFT !MED !ANIMAL !HLOS !FRAME
LIESAY WOUND 12 ~alibi-mark !GUARDB
LIESAY ALIBI 12 ~alibi-mark
HOPEF LASTM WAKEUP 10 > !EARLY !MUNDANE !HLOS !FRAME
LASTM WAKEUP 5 > ~last-wake !EARLY !MUNDANE !HLOS !FRAME
AFTERME ~after !FRAME
SOWEIT ~when-time !FRAME
NOFUT FORMEP 4 ~future !MUNDANE !SCHOOL !HLOS !FRAME
RESET ~reset !HABITOK
CLEAN BODYPART 12 !HABITOK !HLOS !FRAME
ERASE ~erase
ZUVL FORKG 10 ~toomuch ?MED
SPOT VEIN 10 !MED !SHAVE
NEG WOUND 2 > ~not-what !GUARDB`,
    ),
    // Restriction with weight talk, purging, pro-ana; body talk, hiding and counting as signals.
    ...rules(
      'eating-disorder',
      `STARVE WEIGHT 10 !GSND !NEG-
EAT NEG WEIGHT 10 !GSND
EAT NEG DAYS 6 !GSND !PET
PURGE SNEAK 8
BRECH EAT 6 !GSND
HIDE EAT HABIT 10 !GSND
SKIPV EAT WEG 8 > ~skip !GSND
BODYW GONEW 8 ~rid
WANT ONLY ADULT_AGE 4 > ~target
EAT SPORT MUSS 10 ~compensate
EAT GUILT 10 ~guilt
HIDE WEIGHT 10 ~hide-weight
EAT SPORT DAMIT 12 ~compensate !GSND
SMALL EAT 4 ~small
PURGE EAT 8 !GSND !EXAM
PURGE WEIGHT 10 !GSND !MANCHE
PANA !HLOS !FRAME
EDW I !HLOS !FRAME
EDW OWN @ !HLOS
ONLY WEIGHT EAT 8 !GSND
EAT NEG I ~ !GSND !DONCE
DAMIT EAT NEG 5 ~ !GSND
STARVE ~ !GSND !DONCE !PET !NEG-
DBCHK ~bodycheck !HLOS !FRAME
DCUT ~cut-more
DCHEW EAT 8 !GSND
DEACH EAT SPORT 10
DFAKE !FRAME
DUNSEEN ~unseen
DCTRL ~control
FAT I 5 ~
WEIGHT I 8 ~lose !GSND !WCLASS
WEIGHT WANT 6 ~lose !GSND
WEIGHT WIEV ~count !GSND
ONLY EAT 5 ~ !GSND
EAT ABTR 12 ~
ABTR WIEV 12 ~count
DIZZY ~
GOAL WEIGHT 10 ~goal
ONLY ADULT_AGE WEIGHT 4 > ~target
NEG WEIGHT 3 ~gain !LESS
HIDE EAT 8 ~
LOOK ~look !HLOS !FRAME
BONES WANT 10 !GSND
SAYS EAT 8 ~lie
GOAL BONES 10 !GSND
EAT NEG SCHLUCK 8 !GSND
FEEL FAT 4 ~feel-fat
FAT ME 5 ~feel-fat
PURGEV EAT 8 !FRAME
PURGEV GUILT 10
EAT SPORT SONST COMPUL 16 !GSND
GOAL FAT 15 ~goal
EAT SKIPV WEG 12 ~skip !GSND
WEIGHS ADULT_AGE 3 ~weighs !ANIMAL !WCLASS ?MED
ONLY LIQ 4 ~liquid !GSND !PET
NEG LIQ 3 ~liquid !GSND !PET
LOWCAL DAYAM 4 ~lowcal !GSND
WANT AUF ADULT_AGE 3 > ~target
EAT STRAFE 12 ~compensate
SPORT STRAFE 8 ~compensate
STECK THROAT 6 !GSND
PURGE HABIT 8 !GSND ?MED
PURGE PEASY 10 !GSND ?MED
DAYS ONLY LIQ 8 !GSND !PET ?MED
SUPP HSIGN 8 ~hunger-fight ?MED
HFILL NEG EAT 16 ~fill ?MED
NEG EAT WANT 4 > ~want-not-eat !GSND ?MED
DARF NEG EAT 5 ~rule !GSND ?MED
MFEAR ~meal-fear
NOMORE NORMAL EAT 5 ~not-normal !GSND
STOPV EAT AUFP 10 > $ ~stop-eat !GSND
FROMNOW EAT 10 ~from-now !GSND
FROMNOW STARVE 10 ~from-now !GSND
BISDIE ADULT_AGE 5 > ~target
EAT SPORT GONEW 14 !GSND
WRIST HABIT 10 !HLOS !FRAME
FAKEV DASSW I EAT 8 > !GSND !FRAME
ERSTW EAT SPORT 12 !GSND
WEIGHT INFL 8 ~look !GSND !HLOS !FRAME
WEIGHS ME FREQ 8 !GSND
EAT ABTR MUSS 12 !GSND !JOKE !LAUGH
SKIPV EAT WEG HABIT 12 !GSND
ONLYN EAT DAYAM 8 !GSND !CARER !TREAT
PURGE WIEV 8 !GSND ?MED
LIEW EAT @ ~lie-eat !GSND
ENDL BONES 6 > !GSND !FRAME
EAT NEG FITIN 12 !GSND
FITIN ~fit-target !GSND
HSIGN GOAL @ !GSND ?MED
DTEA WEIGHT @ !GSND !CARER
WEIGHT SNEAK 14 !GSND !CARER-
COUNTED BITE 4 !GSND !HLOS
ABN FASTT 10 !GSND !CARER !ADULT_AGE ?MED
ABN NUM 12 ~age-lose !GSND !CARER ?MED
WERQ LESSEAT 10 > !GSND !JOKE !WETTESS
NOHUNG ~hunger-fight !GSND ?MED
LIE1 FULLS HUNGER2 12 > !GSND
GUILT WENNI EATV1 8 > !GSND !MEAT`,
    ),
    // An adult or online contact, secrecy, pictures, meeting, gifts and private chat add up; the worst pairs decide alone.
    ...rules(
      'grooming',
      `ADULT ~adult
ADULT_AGE YEARS 3 ~adult
AGEIS ADULT_AGE 3 > ~adult
INDEF FROM ONLINE 4 > ~adult
INDEF YEARS 3 > ~adult
ONLINE KNOWN 6 ~adult
SECRET ~secret
NEG TELL 4 ~secret !STARVE
LOSCH NACHR 5 ~delete
NUDE OFME 4
PHOTO OFME WANT 6 ~photo
SEND OFME 6 ~photo
ONLINE FRIEND 2 ~adult
MEET INDEF 5 ~meet
PHOTO REQ 7 ~photo
MEET WANT 8 ~meet
MEET PERS 5 ~meet
GIFT GIVE 6 ~
APP REQ 7 ~private
APP MOVE 5 ~private
TEACH APP 10 ~private !GROUPOK
ALONE REQ 7 ~alone
CARER HOME REQ 8 ~alone
PROBE WANT 5 ~alone
AFF SAYS 8 ~
WEAR REQ 10 ~
NORM ~
NUDE REQ 8
AUSZ ME REQ 8
ADULT NUDE 8
ADULT_AGE IST 2 > ~adult
AFF MATURE 10 ~mature
PARENTS NACHR NEG 8 ~secret
LIE ~alibi
ISOL ~isolate
ISOL REQ 10 ~isolate-req
AGEX ~age-excuse
PROVE REQ 8 ~prove`,
    ),
    // A threat over pictures; pictures someone holds and a demand add up.
    ...rules(
      'sextortion',
      `THREATEN PHOTO 12
THREATEN NUDE 10
POST NUDE 8
MONEY NUDE 10
HAS PHOTO 6 ~pics
PHOTO SEND 5 ~pics
MONEY THREATEN 10 ~demand
MONEY WANT 10 ~demand
COND POST 10 ~demand
COND PERS SEND CARER 16 ~demand
THREATEN ~demand
RECD PHOTO 6 ~pics
SEND CARER 5 ~demand
SEND MORE 3 ~more`,
    ),
    ...rules(
      'abuse',
      `CARER HIT ME 10 !HLOS !FRAME !VORS
CARER ZUHIT 6 !HLOS !FRAME !ZUOBJ
NORMQ CARER HIT @ !HLOS !FRAME
CARER VERDIENT HIT @ !HLOS !FRAME
CARER HIGH 4 ~
CARER TOUCH ME 12
TOUCH PRIVATE ME 8
LOCK CARER 10 !HLOS
CARER ABSENT 8 ~absent
CARER UMZ 12
BEDIN ~a-bed
HUSH CARER @ ~a-hush
CARER ALONE 10 ~a-alone
I PASV HIT 6 !HLOS !FRAME
HIT ME 5 ~ !HLOS !FRAME
FLCK CARER 5 !HLOS !FRAME
FEAR CARER 10 ~a-fear
FEAR HOME 5 ~a-fear
FLCK ~
LOCK ~
CARER NIGHT @ ~
CARER SECRET @ ~
CARER UNGW @ ~
PUNISH ~
REQ TELL 5 ~
YELL ~
COND TELL CNSQ 14
FLCK IMPL 8
FLCK SAIDF 12 ~cover
COVER SAIDF 6 ~cover
SPOTS COVER SAIDF 16
LAP ~a-lap
NOSTOP ~a-nostop
CARER UNWANT 14 ~a-unwanted
FORCE UNGW 10 ~a-forced
CARER REQ TELL ALIBI 16
LOCK OFTEN 14
HIT ME OFTEN 8 !HLOS !FRAME !JOKE
CARER UNWANT OFTEN 24 ~a-often`,
    ),
    ...rules(
      'violence',
      `KILL PERS I 6 !HLOS !FRAME !JOKE
PHOTO MEINORT BEKOMMEN 14 !HLOS !FRAME
KILL PERS HOW 6 !HLOS !FRAME
HIT PERS WHEN 8 !HLOS !FRAME !VORS
SEPV PERS SEPP 5 > $ !HLOS !FRAME !JOKE
MACH PERS FERT 6 > !HLOS !FRAME !JOKE
I KILL 8 !HLOS !FRAME !JOKE !IDIOM !ME
INTO HARMGOAL 12 !HLOS !FRAME
ANZ HAUS 6 !HLOS !FRAME !FEUEROK
GETG GUN 6 !HLOS !FRAME !GUNOK
PLAN HURT 8 !HLOS !FRAME
AMOK I 8 !HLOS !FRAME
BOMB BUILD 6 !HLOS !FRAME
UMBR DICH 3 !HLOS !FRAME !JOKE
FIGHT WHEN 10 !HLOS !FRAME
WHEN MACHV PLATTP 12 > $ !HLOS !FRAME
MACHV PLATTP 6 > $ ~v-plan !HLOS !FRAME
WEAPON ~ !HLOS !FRAME
RACHE ~ !HLOS !FRAME !PRANK
LIST RACHE 12 !HLOS !FRAME
WANT RACHE 6 !HLOS !FRAME !PRANK
WANT PERS HIT 6 !HLOS !FRAME !NEG !JOKE
WANT PERS DEAD 8 !HLOS !FRAME !NEG
PLAN ~v-plan !HLOS !FRAME
WEAPON WHEN 10 ~v-plan !HLOS !FRAME
FIGHT ~v-plan !HLOS !FRAME
GANG ~v-gang !HLOS !FRAME
THR ~v-threat
THR FEAR 12
WEAPON SWR 12 !HLOS !FRAME
THR WHEN 12 !HLOS !FRAME !IDIOM !MUNDANE
THREATEN KILL 8 !HLOS !FRAME
STRANGLE ME 6 !HLOS !FRAME !CHALLENGE !CHOKE
EX HIT ME 8 !HLOS !FRAME
ROB ~v-rob !HLOS !FRAME
PASV HIT 6 ~v-hit !HLOS !FRAME
AGAIN ~v-again
HOW KOMM GUN 10 !HLOS !FRAME !GUNOK
HARMGOAL ~v-harm !HLOS !FRAME
HARMGOAL WHEN 12 !HLOS !FRAME
HARMGOAL WIEV 10 !HLOS !FRAME
HARMGOAL WANT 10 !HLOS !FRAME
KNALLTS SCHOOL 6 !HLOS !FRAME
INTO MIX PILLS 12 ?MED
INTO MIX 6 ~v-spike ?MED
HAUV HARMGOAL 12 > !HLOS !FRAME
MODW GUNOK 10 ~v-plan
MODW GUN 10 ~v-plan
THV THEYS ME SEPP 6 > $ ~v-threat !CARER !IDIOM !JOKE
HIT ME FILMED 10 !FRAME
PASV HIT FILMED 12 !FRAME
PERS HIT FILMED 10 !FRAME
WEAPON SCHOOL 8 !HLOS !FRAME !CRAFT
WEAPON PERS HURT 10 ~v-hurt !SICH !HLOS !FRAME
STABV ZUP 4 > $ !HLOS !FRAME
ANZV TARGETO ANP 6 > $ !FEUEROK !BOLLER !HLOS !FRAME
POUR TARGETO INTO 6 ~v-spike !HLOS !FRAME
CONCEALW ~v-armed !HLOS !FRAME
TARGETO PILLS INTO 10 ?MED !HLOS !FRAME
TARGETO POISON INTO 12 !HLOS !FRAME`,
    ),
    ...rules(
      'friend-in-danger',
      `SICH UMBR 4 !HLOS !FRAME
SICH CUT 4
BRING SICH SEPP 5 > $ !HLOS !FRAME !WHYQ
SCHN SICH BODYPART 6 !HLOS !FRAME
FRIEND WANT DEAD 8 !NTOT !LAUGH !HLOS !FRAME
FRIEND NOMORE LIVE 8
FRIEND SUICIDE 8 !HLOS !FRAME
FRIEND UNR 12
FRIEND DROWN WATERS 14 !FRAME
FRIEND TAKE ETW 8
FRIEND NEG WEIGHT 10 !PARENTS
FRIEND NEG EAT 6 ~f-noeat !PARENTS !GSND
FRIEND DIZZY 10 ~f-faint !PARENTS
FRIEND PASV HIT 6 !HLOS !FRAME
FRIEND HIT CARER 8 !HLOS !FRAME !ME
FRIEND TEACH TOUCH 16 !HLOS !FRAME !ME
TSCH ~f-farewell !APOL !BYEOK !OLDOK
NEED NOMORE 4 ~f-last
SICH GOODBYE 5 ~f-last
EDGE FRIEND PLACE 12 ~f-edge
FRIEND JUMP WHEN 10 ~f-jump !HLOS !FRAME !SPORTJ
FRIEND JUMP WHEN WORRY @ !HLOS !FRAME !SPORTJ
FRIEND CUT 10 ~f-means
FRIEND PILLS 10 ~f-means
FRIEND END 12 ~f-end
FRIEND ABSENT 10 ~f-missing
FRIEND CAR 10 ~f-gone
OFF ~f-unreach
NEG REPLY 4 ~
ONLINE PERS 6 ~
SICH ETW ANTUN 4 > !HLOS !FRAME
TUV SICH ETW ANP 6 > $ !HLOS !FRAME`,
    ),
    ...rules(
      'dangerous-activity',
      `CHALLENGE RISK 8 !GSND
SEDA ALKO 12 !FRAME !NOALK
TXD TRK 5
CHOKE CHALLENGE 8 ?NEWS
CHOKE WIEV 10 !HLOS !FRAME !ANIMAL !DIVER
CHOKE SICH HOW 8
RISK INH 6
RISK ZUVL 8 ?MED
RISK CLIMB 6 !HLOS !FRAME !WHYQ !NEWS !GSND
ANZ AER 6
ANZ ONME TXD 8 !GSND !NEWS
ESC DROAD 10 !HLOS !NEWS !RULEQ !PARENTS
FROZEN ONICE 10 !SAFEICE !NEWS !WHYQ !ANIMAL
CHALLENGE ~d-dare ?NEWS
CHOKE ~d-choke ?NEWS
PODS MOUTH 6
JUMP JHIGH JLAND 14 !HLOS !FRAME !SAFEJ !GSND
BOLLER HAND 8 !GSND
DNOSAFE CHALLENGE 14 !GSND
CHOKE PRESS 8
CHGM !HLOS !FRAME
LANG ~d-compete
WIEV I ~d-compete
CHALLENGE DOPLAN 10 ~d-plan !GSND !FRAME !HARMLESS
CHLOR ACID MIX 10 !GSND
CHLOR ACID 6 ~d-chem !GSND
MOTOR NOHELM 10 ~d-unsafe
MOTOR NUM 6 ~d-underage
PILLS ENERGY 12 ~d-mix ?MED
PILLS TESTX 12 ~d-test ?MED
ENERGY TESTX 12 ~d-test
DCNT DALC 12 !GSND
DOTC DHI 12 !GSND ?MED
CHOKE DHI 12 !GSND
DCHK DHI 12 !GSND
DCHK PRESS 8
DCARS !HLOS !FRAME
HANGON VEH 10 > !HLOS !FRAME !NEWS
WERLAST VEHRUN 10 !NEWS !WHYQ !FRAME !BOARD
BRAKELESS SPEEDY 10 !NEWS !WHYQ !FIXB
STORM CLIMB HIGHOUT 10 !NEG !NEWS !WHYQ !FRAME !GSND
WATER SWIM BANNED 12 !NEWS !WHYQ !PARENTS
SWAL RISKSW 6 !NEWS !WHYQ !ANIMAL !PET
SLED ROAD 10 !NEWS !WHYQ !NEG
ELEC WET TESTV 10 !NEWS !WHYQ !GSND
DNOSAFE CLIMB 14 !HLOS !FRAME
CHOKE GEGS 8 !HLOS !FRAME !ANIMAL !DIVER !KAMPF
OBERL OBTOUCH 6 !HLOS !FRAME !NEWS !WHYQ !GSND !MUNDANE
SNEAKIN SPORTJ JUMP 14 !HLOS
PARTYD MIX 10 !GSND ?MED
ICE WATER DOPLAN 14 !HLOS !FRAME
ENERGY STIM 10 !GSND !FRAME ?MED
ENERGY HSYMP @ !WHYQ !NEWS ?MED
BOLLER ~d-boller !GSND
TSURF ?NEWS !WHYQ !FRAME
BOLLER BUILD 10 !GSND
DNOSAFE RISK 10 !HLOS !FRAME !GSND
SNEAKIN RISK 10 ~d-sneak
RKRIEG !NEWS !WHYQ !GSND
BOLLER AIM 10 !GSND !NEWS !WHYQ
ROCKET AIM 8 !GSND !NEWS !WHYQ !FRAME
TUNNEL WALKGO 8 !NEWS !WHYQ !FRAME
DRYICE BOTTLE 8 !NEWS !WHYQ !GSND
FLAMETH !NEWS !WHYQ !FRAME`,
    ),
    // Romance or sex asked of the AI.
    ...rules(
      'roleplay',
      `PRETEND ROMA 12
BE MY ROMA 5 >
YOU MY ROMA BE >
RACT ME 3 !FRIEND
RACT DICH 3 !FRIEND
LOVE YOU ME 3
WANT YOU ROMA 4
PRETEND FORBID 12
PRETEND AUSZ 12
PRETEND ZIEH DICH AUSP 12`,
    ),
    ...rules(
      'sexual',
      `SEX DTL 10 !DIRTOK
WANT SLEEPYOU 4 > !PARENTS
SICH UNDR DTL 12
GEN NUDE 10
ZIEH SICH AUSP DTL 12
ZIEH DICH AUSP 5 >
SEND NUDE 6
NUDE DTL`,
    ),
    ...rules(
      'graphic',
      `GORE DTL 10 !NGORE
GROSS DTL 10 !NGORE`,
    ),
    // Getting or using, not asking whether it harms.
    ...rules(
      'substances',
      `GET DRUG WU 8 !GSND
HIGH WERD 6 !GSND
WO GET DRUG @ !GSND
HOW AN DRUG 8 > !GSND
DRUG SNEAK 10 !GSND
DEALER !HLOS !FRAME !GSND
DRUG KNALL 6 !GSND ?MED`,
    ),
    // A list of insults asked for.
    ...rules('profanity', 'SCHIMPF GIBMIR 10 !HLOS !FRAME !MEANQ !WORDQ'),
  ],
  profanity: {
    rude: 'scheiss*,arsch*,oasch*,=fick,ficker,wichser,=wixxer,=huso,=hure,huren*,fotze,schlampe,=spast,=spasti,missgeburt,=mongo,=behindi,schwuchtel,=kanake,verpiss dich,leck mich,=fresse,=maul,verfick*,drecks*,=bastard,=nutte,=pimmel',
    sexual:
      'runterholen,=runterholt,sexspielzeug*,=dildo,=vibrator,dirty talk,porno*,=ficken,=fickt,=gefickt,=bumsen,=wichsen,=titten,=muschi,nacktbilder,=orgasmus,=sperma,sexstellung,sexstellungen,wollen wir =sexten,lass uns =sexten,mit dir =sexten,=gesextet,einen =blasen,einen =blast,einen =geblasen,sexgeschicht*,befriedig*,=onlyfans',
    innocent:
      'dick,dicke,dicker,kanal,ass,abo,abos,chink,rappe,gedichtanalyse,textanalyse,sachtextanalyse,bildanalyse,quellenanalyse,liedanalyse,songanalyse,figurenanalyse,szenenanalyse,dramenanalyse,romananalyse,karikaturanalyse,fehleranalyse,datenanalyse,satzanalyse,redeanalyse',
  },
};

export default pack;

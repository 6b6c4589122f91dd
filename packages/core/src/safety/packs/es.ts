/**
 * The es language pack: see docs/language-packs.md.
 *
 * Spanish of Spain and Latin America as children and teenagers write it: no
 * accents, chat spellings ('q', 'xq', 'kiero', 'nmms'), Spanglish. Repeated
 * letters fold ("perro" reads "pero") and the stemmer folds regular verb and
 * noun endings, so a list gives one form of a family ("matar" holds "mato",
 * "matarlo", "matarse"). A form that would fold onto an ordinary word, a
 * person of a verb that must not count ("quiero", not "quiere"), or a word of
 * six letters or more whose one-slip neighbours are ordinary ("pastillas" and
 * "pastel", "hombre" and "nombre") is written exactly (`=quiero`); a short
 * form of the family is listed where it is enough ("corto" holds "cortar"
 * without reading "costar"). A phrase's later words are stemmed too: "se
 * suicidio" holds "se suicidan" and "se suicidó".
 *
 * Strong rules are small combinations of concepts. Weak signals add up across
 * the message and the child's earlier messages: hopelessness and a means, an
 * adult met online and secrecy, a threat and money, weight talk and skipped
 * meals. A guard (`!`) holds the innocent reading: "morir de risa", "matar el
 * tiempo", a haircut, a game, homework, a pool.
 *
 * Concept names: every pack's concepts go into one map, and every pack of a
 * language present reads a Spanish message (the French pack reads most of
 * them, as "de la en que" are French words too). A concept under a shared name
 * is therefore also read by the other packs' rules, without this pack's
 * Spanish guards. So the pack shares only its guards (ABOUT, ACCIDENT, IDIOM,
 * GAME, JOKE) and HOPELESS and MEANS, whose weak signals carry the other
 * packs' names ("hopeless", "means") and count once; its other concepts have
 * names of their own, beginning with `_`, listed below.
 */
import type { ScreenCategory } from '../../policy/types.js';
import type { LanguagePack, PackRule } from '../lang/types.js';
import { NOT_SLIPS } from './es.not-slips.js';
import { TITLES } from './titles.js';

/**
 * The rules, one a line, under `#category` headings: the concepts that must
 * occur together, then `/window`, `!concepts that cancel it nearby`, `~name`
 * for a weak signal of that name (`~` alone: the rule's id), `>` when the
 * concepts must come in order, `*` when they may come from different
 * sentences. A rule's id is its concepts, in lower case, without `_`.
 */
const RULES = `
#self-harm
_WNT _DIE/4!IDIOM _ODI _NW FRAME
_SUI!ABOUT _OSU _FRD FRAME
_SH!ABOUT _FRD FRAME
_SH OWN!_FRD*
_KME!IDIOM GAME FRAME
_ME _WNT _KIL/4!IDIOM GAME FRAME>
_WNT _END/5!ABOUT GAME FRAME
_NW _LIV/5!_LVW _ERL _WKO _TRP
_WNT _NWK!_ERL _WKO
_WNT _IRSE _WLD/6
_NOB _CAR _IFG/10
_BET _WOM/4!_FRD _CRR
_BET _IFG/5
_BET _DIE/4!IDIOM _ODI
_TRD _LIV/4!_LVW
_NEG _COP _LIV/8!_LVW
_COP _LIV/3!_LVW~death
_WHY _VIVO/4
_LIV _PAIN/3!_LVW
HOPELESS _WOM/8
_LAST _EVT/3~goodbye
_ATT~
_FUT!ABOUT FRAME
_NEG _LLG _FUTT/6!ABOUT FRAME _TRP>
_LKP _HGH _TOP/10!ABOUT GAME _WREC FRAME
_NEG _SURV _HGH/10
_NEG _SURV MEANS/10
_PNL _DIE
_LTR _GON/10!_TRP
_LTR _INCASE/12!_TRP _CASAH
_EAS _NWK/8!_ERL _WKO
_NWK!_WKO~death
_SOB _WLDX/6!_SOBG
_ME _CUT _INT/8!ACCIDENT
_ME _CUT _BPT/5!ACCIDENT FRAME
_CUT _BPT/5!ACCIDENT FRAME
_USE _MNY MEANS?MED
MEANS _HRD/8?MED
_CUT _HSH/14!ACCIDENT
MEANS _LTH/8
MEANS _DIE/8!_ODI IDIOM
_ME _JMP _HGH!_PL GAME FRAME
_WNT _JMP _HGH/7!_PL GAME ACCIDENT FRAME
HOPELESS~hopeless
_NEG _COP/3~hopeless
_NOB _CAR/3~hopeless
MEANS?MED~means
_BYE!_TRP?_MOVE~goodbye
_FWL!_TRP~farewell
_GBN!_TRP ABOUT FRAME?_MOVE
_CADA _PSA/16!ABOUT FRAME
_CRTF _ESCD/16!ABOUT FRAME
_HSH~hide
_DWL!_ANIM~dwell
_DWN _HGH/8!_ANIM~dwell
_EASE!ABOUT GAME FRAME~ease
_QCK _NFL/10
_NFL~numb
_SIW _SLF/10!ACCIDENT*
_GON!_TRP~gone
_GON _MLT/10!_TRP
_SHX!ACCIDENT
_MTH _SNT/8!ABOUT IDIOM GAME FRAME
_WNT _HNG/6!GAME FRAME ACCIDENT _HGX
_TIR _HSH/14
_TIR _INT/8!ACCIDENT~
_LTR _PLC/10!_TRP ABOUT FRAME~found
_WNT _NWK/8!_ERL _WKO ABOUT FRAME
_DIJ _SIW _XC/12!ACCIDENT
_GVA _GON/14!_TRP~goodbye
_GVA _KNW/16!_TRP
_KNW!_TRP~knowwhy
_GIVV _MYST/4!_TRP ABOUT FRAME
_LTR _GVA/14!_TRP~goodbye
_JMP _HGH/12!_PL GAME ACCIDENT FRAME~means
_BLD _BPT/8!ACCIDENT
_CUT _BPT _INT/12!ACCIDENT
MEANS _HNG/6
_HNG _DIE/8!GAME FRAME
_RPT _HSH/14
_SIW _BPT _HSH/16!ACCIDENT
_SLF _BPT _HSH/16!ACCIDENT
_TAP _BPT/6!ACCIDENT
_IFG~gone
_DEC!_TRP~
_FAIL _DEC/16!_TRP
_FAIL _KMX/12!JOKE
_MTM _KMX/16!JOKE
_DO!_TRP~doit
_RPT~
_ME _DIE/3!IDIOM FRAME~death
_END!ABOUT GAME FRAME~death
#eating-disorder
_ANA
_EDN OWN!_FRD*
_PRG _EAT/8!_SCK
_STV!_CMI _ADV~restrict
_HFD~
_NEG _EAT/3!_SCK _SHOP _ANIM~restrict
_SKP _EAT/5~restrict
_ONL _EAT/4!_ADV~restrict
_FST _ONL _EAT/6~
_PRG!_SCK~
_DED
_WGT!_HLT _WCL~
_LOS _FST!_WCL _ADV~
_FAT~body
_SNG _FAT _EAT/8~feelfat
_THIN~
_WNT _THIN/7~
_HAT _BOD/3~body
_TOO _EAT/3~
_CMP~
_PRD _EAT/10~proud
_CMP _EAT/8
_HID _STV/10
_CLR _LOW/6
_LLV _CLR/4~count
_GOL _KG/4!_WCL~goal
_GOL ADULT_AGE/3!_WCL~goal>
_PER~period
_MFR~meal-fear
_NEG _NRM/4~not-normal
_EAT _BNG/6~binge
_SNG _GROSS _EAT/10!_SCK~feelfat
_STV _FST/8~fast
_LOOK~look
_NOFAT~nofat
_LIE _EAT/8~lie
_FKE!ABOUT FRAME
_BCK!ABOUT FRAME~bodycheck
_CTLE~control
_FDI _CMP/10
_EACH _CMP/8
_EACH _FDI _CMP/12
_BIN _FOOD/8~bin
#grooming
_ADT!_HYP _ADV~adult
ADULT_AGE _YRS/3~adult
_HAS ADULT_AGE/2!_KG+~adult>
_MET _NET~adult
_CON _NET/6~adult
_SEC!_TRP~g-secret
_NEG _TEL/4!_TRP _TST~g-secret
_DEL _CHT/4~g-secret
_SAI _DEL _CHT/8!_CRR
_SAI _NEG _TEL _CRR/14!_TST
_ASK _PHO!_HYP~photo
_SAI _SND _PHO/12!_HYP~photo
_SAI _PHO/6!_HYP~photo
_ASK _NUD!_HYP
_SAI _SND _NUD/12
_MTG~
_ALN~
_GIV _GFT/5!_GRP~
_MOV _APP/5~
_PRS~
_PRB!_HYP~
_UDR~
_PTN ADULT_AGE/5
_ASK _PRB/8!_CRR _HYP
_ASK _PRC/10
_GFT _SND _PHO/8
_SAI _MAT/8~g-flatter
_ADT _MAT/10~g-flatter
_CRR _CHT _NIT/10~g-night
#sextortion
_THR _PHO _PST/12
_THR _MON _PST/12
_THR _NUD/10
_THR _ME _PHO/20!FRAME*
_BLK _PHO/10
_PST _NUD/8
_BLK~threat
_THR _PST/12~threat
_HAV _PHO/4~pics
_HAV _PHO _PST/14
_SND _PHO/4~pics
_ASK _MON/5~money
_THR _MON~money
_ASK _MON _PHO/10
_MON _NUD/12
#abuse
_NORM _CRR _HIT/10!ACCIDENT
_CRR _ME _HIT!ACCIDENT
_ME _HIT _IMP/8
_CRR _MRC _HIT/40!FRAME*
_ME _ABU/4!ABOUT FRAME
_ABU _MY/3!ABOUT FRAME
_CRR _ME _TCH/5!_TRN+
_ME _TCH _PRV!_TRN+
_BRU _CRR/8!ACCIDENT
_CRR _ME _LCK/8
_NOF _CRR/14!_SHOP
_NOF!_SHOP~
_CRR _NGL/12~neglect
_SIBC~carer
_NMED _LONG/16
_LEFT~
_DOSE _VASO/8
_DIZ~drugged
_CRR _ITR/10~
_CRR _ITR _PRV/10
_CRR _ITR _PHO/12
_TCH _DISB/14
_CRR _LCK/10
_CRR _PULL/10
_KNEE _PUNS/4!ABOUT FRAME
_CRR _UDR/10
_FEA _HOME~fear
_NW _HOME/5~fear
_DRK _CRR~
_FEA _DRK/12~drk
_ME _HIT/3!ACCIDENT~
_CRR _HIT/12!ACCIDENT~
_BRU!_PB GAME _CMI~
_COV~
_IFT _CNS/14
_SAI _IFT _CNX/16
_ME _TCH _NIT/5!_TRN+
_CRR _SAI _UNW/14
#violence
_PHO _MIC _RCB/14!FRAME
_GETME _WHN/12!GAME JOKE FRAME
_GETME!GAME JOKE FRAME~threat
_WNT _KIL/5!_KME GAME _ME- JOKE IDIOM FRAME
_WNT _HRT/5!GAME JOKE FRAME
_HOW _HRT!GAME FRAME
_HOW _KIL _TGT!GAME FRAME
_TGK _KIL/2!GAME JOKE FRAME>
_TGL _WNT _KIL/4!GAME JOKE IDIOM FRAME>
_HRT _UDT/10
_KIL _UDT/10!GAME FRAME
_HRT _HPL/8!GAME FRAME
_HRT _IFA/10!GAME JOKE FRAME
_BRG _WPN _SCH/10
_BRG _GNN _WHN/8!GAME FRAME
_REV _AMB/16!GAME FRAME
_WAIT _STB/10!GAME FRAME
_IFT _MTM/6!JOKE~v-hush
_ROBD!GAME FRAME~v-rob
_HRT _WPN/12!GAME FRAME
_MK _WPN/5!_BOK GAME FRAME
_WNT _SHT!GAME FRAME
_WNT _BRN _SCH
_BRN _CASA/6!GAME FRAME _FOK
_GETA _GUNW/6!GAME FRAME _GUNOK
_PLN _HRT/8!GAME FRAME
_SPK _TOX/10
_TOX _UDT/10
_REV~
_REV _HRT/14!GAME JOKE FRAME
_AMB _HRT/12!GAME FRAME
_REV _WPN/16!GAME FRAME _SWIM
_REV _SCH _BRG/14!GAME FRAME
_HRT _VTM/10!GAME JOKE FRAME _SWIM ACCIDENT
#friend-in-danger
_FRD _SUI/10!_OSU ABOUT FRAME
_FRD _SE _KIL/10!_OSU GAME JOKE FRAME
_FRD _SE _CUT/10!ACCIDENT
_FRD _CUT _BPT/10!ACCIDENT
_FRD _TSH/10
_FRD _WS _DIE/10!_ODI IDIOM GAME FRAME
_FRD _CRR _HIT/10!ACCIDENT
_FRD _HIT _HOME/10!ACCIDENT
_FRD _ABU/10
_FRD _NEG _EAT/10!_SCK
_FRD _STV/10!_SCK
_FRD _PRG/10!_SCK
_FRD _MTG _ADT/12
_FRD _ADT _NET/16
_FRD _EMG/12
_FRD _AHO _AGU/14!FRAME
_FRD _USE _MNY MEANS/16?MED
_FRD _MTG ADULT_AGE/12
_FRD _WOR/10~
_FRD MEANS/10?MED~fmeans
_FRD _JMP _HGH/14
_FRD _WPN/10~fmeans
_FRD _BYE/10!_TRP
_FRD _BET _WOE/10
_UNR~
_FRD _UNC/12!FRAME
_TSH!_CMI~
#dangerous-activity
_CHK!ABOUT FRAME?_SWIM _ANIM
_USE _FUM
_IGN _FUM/6
_USE _TOX/5!ABOUT FRAME
_CHL _TOX/12
_TOX _MIX _REC/14!ABOUT*
_CHL _ALC/12!ABOUT
_CNT _ALC/12!ABOUT
_OTC _HI/12!ABOUT?MED
_SED _BEBE/12!ABOUT FRAME _NOBEBE
_DNG _HI/10!ABOUT
_NOS _HGH/12!ABOUT GAME FRAME
_WEJ _HGH/12!ABOUT GAME FRAME _SWIM
_CHL MEANS/12
_ME _FIR/3
_SRF
_CHL~
_CHL _HGH/12!ABOUT
_JMP _HGH _PL/10
_DNG!_BAD~
_REC~doit
MEANS _NRG/10?MED
_NRG _TRY/12~
_NRG _PALP/20?MED
#roleplay
_PRT _PTN
_BE _MY _PTN/3>
_KSS!ABOUT FRAME
_PRT _ROM/8
_PRT _FORB/10
_PRT _JBK/20
_PRT _STEP _SUB/20
_PRT _STEP _METH/20
#sexual
_SEX!ABOUT FRAME
_REQ _ERO
_REQ _NUD/5
_REQ _PHO _NUD/8
#graphic
_GOR _REQ/8!ABOUT FRAME _FAKE _NGOR
_REQ _KIL/6!ABOUT GAME FRAME
_GOW!ABOUT FRAME _NGOR
#profanity
_INS _DAME/10!ABOUT FRAME
#substances
_BUY _SUB
_USE _SUB/5!_BAD
_WNT _SMK/3!_BAD
_HOW _SMK/4!_BAD
_ODR _SUB/6
_DRG!_BAD
_HID _SUB/8!_TRAF ABOUT
_HID _SMK/8
_SUB _UND/8
_SUB _TNG/10!_BAD
_MIX _SUB/6!ABOUT _BAD
_WNT _MIX _SUB/14!ABOUT*
_RCP _SUB/8!_BAD ABOUT
_SUB _FIRST!_BAD ABOUT*
_AMT _SUB _SAFE/14!_BAD ABOUT MED
_SUB _MORE/14!_BAD ABOUT
_BUY _SMK/12!_BAD ABOUT
`;

/**
 * The concepts, one a line: `NAME:entry,entry,...` (see LanguagePack for the entry forms).
 *
 * Shared: ABOUT homework, fiction, news, biology - ACCIDENT accidents, play, haircuts, power cuts ("se corta la
 * luz") - IDIOM "morir de risa, de vergüenza, de ganas" - GAME games, sport, time, pests ("matar el tiempo") -
 * JOKE joke markers - HOPELESS hopelessness - MEANS pills, rope, blades, bridges.
 *
 * The pack's own. Self-harm: _ME/_MY/_SE the writer, "se" - _WNT first-person want, going to - _WS someone else
 * wants - _NEG/_NW no, "no quiero" - _NOB nobody - _DIE/_KIL/_SUI/_SH dying, killing, suicide, self-injury -
 * _KME killing myself - _ODI/_OSU someone else dies or died - _LIV/_LVW living; "vivir en/con" - _END ending it
 * all - _NWK never waking - _WKO waking someone else (a guard) - _ERL school mornings - _COP coping ("aguanto", "sentido") - _CAR caring, missing -
 * _IFG "si me muero" - _BET/_WOM better, without me - _TRD tired - _PNL painless - _MNY many - _LTH lethal -
 * _BYE goodbyes, giving things away - _CADA/_PSA a letter to each friend, "just in case" - _CRTF/_ESCD letters to one's family, hidden - _GVA giving one's things - _BLD blades and points - _EMG an emergency - _GON when I'm gone - _LTR letter - _TRP trips and parties - _DEC decided -
 * _DO doing it tonight - _RPT relapse - _CUT/_BPT/_INT cutting, body parts, habit and intent - _JMP/_HGH/_PL
 * jumping, heights, water - _LKP/_TOP/_WREC looking down from the top, records of the world (guard) - _WHY/_VIVO "por qué sigo vivo" - _PAIN pain - _LAST/_EVT a last birthday, poem, day -
 * _ATT an earlier attempt - _SURV surviving - _IRSE/_WLD leaving this world - _KNW "ya sabrá por qué" - _GIVV/_MYST
 * giving away "mis cosas" - _FWL farewells to a group - _FAIL failing at school - _KMX taking one's life, "prefiero
 * hacerlo yo" - _LLG/_FUTT/_FUT not reaching an age or a date, no future - _TAP covering "lo de" the wrists - _MOVE
 * a move away (guards a farewell letter).
 * Eating: _EAT/_STV/_SKP/_ONL eating, not eating, skipping, only - _PRG/_DED purging, fingers - _SCK illness -
 * _ANA pro-ana - _FAT/_WGT/_THIN/_BOD/_HAT body and weight words - _LOS/_FST losing fast - _TOO binge - _CMP
 * compensating, guilt - _LLV a running count - _GROSS feeling gross - _HLT healthy eating - _HFD hiding food, fooling hunger - _CMI "comerse" idioms (a punch, one's
 * head) - _SHOP a trip to the shops or a takeaway (a guard for an empty fridge).
 * Grooming and sextortion: _ADT an adult - _CON someone - _HAS/_YRS an age ("tiene 25", "30 años") - _NET/_MET
 * online, met, talks - _SEC/_TEL/_DEL/_CHT secrecy, telling, deleting chats - _SAI someone said - _TST tasting of ("que no sepa a") - _PHO/_SND/_ASK/
 * _NUD photos, sending, asking, nudity - _MTG/_ALN meeting, alone - _GFT/_GIV gifts, giving - _APP/_MOV private
 * apps, moving there - _PRS flattery - _PRB/_PRC probing questions; _HYP what to do if, asked before it happens; _PRD pride in not eating; _GRP a whole team or class; whether parents check the phone, sleeping alone - _UDR undressing - _PTN partner - _THR/_PST/_MON/
 * _BLK/_HAV threats, posting, money, blackmail, "tiene mis fotos".
 * Abuse: _HIT hitting - _CRR carers - _TCH/_PRV touching, private - _ABU abuse words - _TRN "me toca a mí" (my
 * turn) - _FEA/_HOME fear, home - _BRU/_COV bruises, covering up - _IMP implements - _LCK locked in - _NOF no food
 * - _ITR intruding - _DRK drunk - _LEFT left alone - _DOSE/_VASO something put in a drink - _DIZ dizzy, shaking -
 * _PULL hair pulled - _KNEE/_PUNS kneeling on rice or salt - _CNX what telling would do, as the adult said - _NGL/_SIBC a
 * carer who stays in bed, a child feeding siblings - _NMED/_LONG no doctor for months.
 * Violence: _HRT hurting - _HPL harmful purpose - _TGT/_TGK someone else, "lo/la/te" - _WPN/_SCH/_BRG weapons,
 * school, bringing - _TGL "lo/la" before "voy a matar" - _MK/_BOK making; bath and water bombs - _SHT shootings - _BRN burning - _HOW how to - _UDT
 * undetected - _SPK/_TOX spiking food, toxic products - _REV revenge.
 * Friend in danger: _FRD friends and siblings - _TSH someone else's self-harm or goodbye - _UNR unreachable - _WOR
 * worry.
 * Dangerous activities: _CHL challenge - _CHK choking - _FUM fumes - _DNG dangers - _FIR fire - _SRF train surfing -
 * _REC recording, my turn - _ANIM animals ("how long a whale holds its breath") - _NRG energy drinks - _TRY to see
 * what happens.
 * Roleplay, sexual, graphic: _PRT pretend - _STEP/_METH taught step by step, meth - _BE being - _KSS kissing - _ROM romance - _SEX sex - _REQ asking for a
 * story, description or pictures - _ERO erotic - _GOR/_GOW gore.
 * Substances: _SUB substances - _ODR smell - _BUY getting - _USE/_SMK using, smoking - _DRG getting drunk or high -
 * _HID hiding, a drug test - _UND under age - _TNG "tengo 15" - _RCP a recipe - _FIRST a first time - _BAD asking about
 * harm, and the innocent readings (yerba mate, maría luisa, a pet parakeet) - _AMT/_SAFE how much is safe - _MORE wanting
 * more effect - _TRAF drug news.
 */
const CONCEPTS = `
_KNW:ya sabra por que,ya sabra porque,ya entenderan
_GIVV:repartir,regalar,les di,le di,se queda con,se quede con,le toca cada
_MYST:mis cosas,todas mis cosas,mis pertenencias,cada cosa mia,cada una de mis cosas
_FAIL:si suspendo,si repruebo,si jalo,si repito,si saco mal,si no saco
_KMX:me quito la vida,quitarme la vida,suicidarme,prefiero hacerlo yo,hacerlo yo antes
_FWL:fue lindo conocerlos,fue un placer conocerlos,cuidense mucho,cuidaos mucho,no me olviden
_LLG:llegar,=llegue,cumplir
_FUTT:a grande,a los 18,a mi cumple,a mi cumpleanos,a navidad
_FUT:no me veo de grande,no me veo en el futuro
_TAP:tapar lo de,esconder lo de,tapar las marcas,tapar los cortes,tapar lo del,esconder lo del,pulseras pa tapar,pulseras para tapar
_PULL:jala del pelo,tira del pelo,agarra del pelo,de los pelos
_KNEE:rodillas,=hincado,=hincada
_PUNS:arroz,=sal,corcholatas,=chapas
_CNX:se va a enfermar,se enferma,se va a morir,le va a pasar algo,a la carcel,te van a llevar
_NGL:no se levanta,duerme todo el dia,ni pa banarnos,se va por dias
_SIBC:la comida de mis,cuido a mis hermanitos,de comer a mis
_NMED:no me llevan al medico,no me llevan al dentista
_LONG:hace meses,hace semanas,podrida
_LLV:=llevo,=llevaba,voy por
_GROSS:un asco,culpable,hinchada,gorda
_SAFE:es seguro,es segura,me pase nada,sin vomitar,sin potar,=aguanta,=aguanto
_AMT:cuanto,cuanta,cuantos,cuantas
_MORE:me como otra,me tomo otra,no siento nada,no me hizo nada,pa sentir algo,para sentir algo,pa que pegue,para que pegue,pa q pegue,dura el efecto
_TRAF:narcos,narcotrafico,=policia,toneladas,incautaron
_MOVE:se fue a vivir,se va a vivir,se muda,de intercambio,nos mudamos,me mudo,mudanza
_HNG:ahorcarse,=ahorca,=ahorcan,=ahorco,=colgada,=colgado,=colgarme,=colgarnos,=colgarte,=cuelga,=cuelgo,ahorcarme,amarrada al cuello
_HRD:guardadas,guardados,guardando,=junto,juntando,acumulando,escondidas,ahorrando,=guardo
_NIT:en la noche,en las noches,de noche,por la noche,cuando duermo,me hago la dormida,me hago el dormido,a mi cama
_UNW:ojala nunca hubiera nacido,ojala no hubiera nacido,nunca me quisieron,no me querian,eres un error,fui un error,no sirvo para nada,no sirves para nada,no vales nada,no valgo nada
_GNN:pistola,=arma,escopeta,rifle,=fierro,=cuete,=cuchillo,navaja
_WHN:el lunes,el martes,el miercoles,el jueves,el viernes,=manana,=hoy,a la salida,en el recreo
_AMB:lo voy a agarrar,la voy a agarrar,lo voy a esperar,la voy a esperar,lo espero a la salida,lo agarro,despues del entrenamiento,a la salida,cuando la pille,cuando lo pille,=esperarlo,=esperarla
_WAIT:me esperan,me estan esperando,me van a esperar,me van a buscar,me buscan
_STB:picarme,apunalarme,acuchillarme,pegarme,golpearme,madrearme,partirme la madre,romperme la cara,matarme,a picarme
_MTM:me matan,me van a matar,me mata,me van a picar
_ROBD:me =asaltaron,me =robaron,me =asaltan,nos =asaltaron,me =quitaron el celular
_MAT:me entiende mejor,mejor que nadie de mi edad,madura para,maduro para,muy madura,muy maduro,nadie me entiende como,nadie te entiende como
_ANIM:=ballena,=ballenas,delfin,delfines,tortuga,tortugas,foca,focas,=pez,=peces,tiburon,animal,animales,cocodrilo,pinguino,mi perro,mi gato,mi perico,periquito,hamster,pajaro,mascota,=perros,=gatos
_PALP:me late rarisimo,me late muy rapido,me late rapidisimo,me late fuerte,corazon a mil,corazon acelerado,taquicardia,me duele el pecho,dolor de pecho,me tiemblan las manos,me tiembla todo,estoy mareado,estoy mareada
_NRG:bebidas energeticas,bebida energetica,energeticas,=monster,red bull,energizante,energizantes,=cafeina
_TRY:a ver que pasa,para ver que pasa,a ver que se siente,para probar,=probar
_FORB:algo prohibido,cosas prohibidas,algo indebido,cosas de adultos,algo sucio,cosas sucias,algo atrevido
_STEP:paso a paso,me ensenas a,ensename a,me explicas como,explicame como,me enseñas a
_METH:cocinar cristal,cocinar meta,metanfetamina,=crack
_JBK:sin advertencias,sin advertencia,sin filtro,sin filtros,sin censura,sin reglas,sin restricciones,sin limites
_ME:me,=cortarme,=quemarme,=matarme,=morirme,=tirarme,=prenderme
_MY:mi,=mis
_SE:se
_WNT:=quiero,=kiero,=quisiera,ojala,le pido a dios,=rezo,=prefiero,=necesito,voy,=vamos,=pienso,=ganas,gustaria,pensando en
_WS:=quiere,=quiera,=queria,va,=dice
_NEG:no,=nunca,=jamas,ni,=nada,=sin
_NW:no =quiero,no =kiero,no tengo ganas
_NOB:=nadie
_DIE:morir,=muero,=muera,desaparecer,=muerto,=muerta,=muerte,=palmarla,estirar la pata,dejar de existir,dejar de vivir,=apagarme
_ODI:se muera,te mueras
_OSU:se =suicido,se =suicidan,se =autolesionan,se suicidio,se mato,=murio,=fallecio
_KIL:matar,asesinar,apunalar,acuchillar,disparar,envenenar,=ahorcar
_KME:=matarme,=suicidarme,=ahorcarme,quitarme la vida,acabar con mi vida,me =mato,quitar del medio,quito de en medio,me quito la vida
_SUI:suicidio,suicida,kms,unalive
_SH:autolesion
_EDN:anorexia,anorexica,anorexico,bulimia,bulimica,bulimico,trastorno alimenticio,trastorno alimentario,trastorno de la conducta alimentaria,=tca
_LIV:vivir,existir,=despertar,=vida,estar aqui,seguir aqui
_LVW:vivir en,vivir con,vivir aqui,vivir solo,en vivo
_END:acabar con todo,terminar con todo,acabar con esto,que todo acabe,acabe todo,no haber nacido,no hubiera nacido
_NWK:no volver a levantarme,no tener que volver a,no tener que levantarme,nunca volver a levantarme,no me despierto,no amanecer,dormirme y ya,dormir y ya,no despertar,nunca despertar,dormir para siempre,no volver a despertar,no despertarme,no despertar nunca mas,no abrir los ojos,no volver a abrir los ojos,no abrir mas los ojos,cerrar los ojos para siempre,no hubiera manana,no haya manana
_WKO:despertar a,despertar al,=despertarla,=despertarlo,=despertarle,=despertarles,=despertarlos,=despertarlas,despierte a,despierte al
_EAS:mas facil,seria facil,mas sencillo,=facil
_SOB:sobro,estoy de mas,estoy de sobra,=sobrando,sobra aqui
_SOBG:me sobro,te sobro,le sobro,nos sobro,les sobro,=sobra
_WLDX:en este mundo,en el mundo,en la tierra,en esta vida,en esta familia
_INCASE:por si no estoy,por si ya no estoy,por si ya no sigo,por si me pasa algo
_CASAH:en casa,cuando llegue,cuando llegues
_ERL:temprano,alarma,a las,=clase,=cole
IDIOM:=mates,=mate,del grupo,del mapa,de la faz,debajo,mi manta,notificaciones,emocion,envidia,tristeza,=aburrida,=aburrido,a estudiar,=examen,en tus brazos,verguenza,hambre,=sueno,=calor,=frio,aburrimiento,=amor,nervios,=asco,=risa,de ganas,de la foto,de las fotos
JOKE:broma,jk,xd,=lol,jaja*,jsjs*,😂*,🤣*,💀,mentira
MUNDANE:se comio mi,=helado,chuches,=galletas,=pizza,=mando,=cargador,examen,=prueba,=tarea,deberes,=mates,=profe,=crush,verguenza,delante de,toda la clase,arbitro,aburrida,aburrido,=fifa,boletos,entradas,concierto,golazo,=gol,perdimos,recreo,autocorrector,en visto
FRAME:${TITLES},ramadan,musulman,musulmana,charla,tutoria,catequesis,taller de prevencion,curso de primeros auxilios,veterinario,veterinaria,poema,poesia,poeta,poetisa,el malo,la mala,el villano,la villana,efectos especiales,libro,cancion,letra de,novela,pelicula,=peli,serie,capitulo,=personaje,videojuego,=partida,=nivel,jefe final,=tarea,deberes,ensayo,resumen,=expo,exposicion,clase de historia,documental,estamos leyendo,estamos viendo en clase,para clase,para lengua,romeo,julieta,bernarda alba,camus,=cuento,=teatro,yo era
MED:medico,=medica,pediatra,farmaceutico,receta,recetado,fiebre,dolor de cabeza,=gripe,resfriado,prospecto,la caja dice,dice la caja,pone en la caja,mi mama dice,mi mama me dijo,mi mama pregunta,=al dia,por dia,=horas,la regla,colicos,alergia,muelas
_MIC:mi casa,nuestra casa,mi edificio,mi puerta,mi calle,mi depa,mi departamento,mi ventana,mi cuadra,donde vivo
_RCB:me lo mandaron,me mandaron,me lo mando,me mando,me enviaron,me envio,me lo enviaron,me llego,me escribieron
_GETME:me van a pillar,me van a agarrar,me van a caer,me van a pegar,me quieren pegar,me van a golpear,me van a romper la cara,me van a dar una paliza,me van a partir,me van a reventar
_INS:insulto,insultos,groserias,groseros,grosero,palabrotas,groseria,malas palabras,mas groseros,peor insulto,peores insultos,garabatos,garabato,puteadas,chingaderas,lisuras,mas fuertes
_DAME:dame,dime,hazme,escribeme,una lista,el peor,los peores,la peor
OWN:creo que lo soy,creo que yo lo soy,creo que soy asi,creo que es mi caso,es mi caso,creo que lo hago,creo que yo lo hago,yo lo hago,yo tambien lo hago,yo hago eso,creo que me pasa,me pasa a mi,a mi me pasa,creo que tengo eso,creo que lo tengo,lo he hecho,yo lo he hecho,lo hago a veces
REAL:en serio,de verdad,en la vida real,no es broma,no estoy bromeando,de veras,=neta,=posta,no es para,sinceramente,yo tambien,a mi tambien,pero la verdad,la verdad es que,la verdad yo,la verdad me,la verdad quiero,en realidad,honestamente
ABOUT:tarea,trabajo,libro,pelicula,=peli,serie,=personaje,noticia,que es,explicar,=clase,comentario,=examen,de que sexo,tortuga,significa
_COP:aguanto,soporto,puedo mas,=seguir,=sentido
_CAR:daria cuenta,=notaria,=quiere,importo,extranaria,=echaria
HOPELESS:cero a la izquierda,fingir que estoy bien,finjo que estoy bien,deprimida,depresion,estorbo,=carga,=vacia,=sufrir,=culpa,inutil,da igual,me odio,odio mi vida,cansada de todo,para que sigo,para q sigo,pa que sigo,pa q sigo,no veo salida,no le veo salida
_SNG:me siento,me veo,me senti,me vi
_SHX:me hago heridas,me hago cortes,me hago rayas,me ago heridas,me rasguno hasta
_MTH:ahogarse,ahogarme,ahorcarse,ahorcarme,=ahorca,=ahorcan,desangrarse,desangrarme,=morir,=morirse
_SNT:se siente,siente algo,=duele,=sufre,es rapido,=tarda
_HGX:columpio,arbol,hamaca,ropa,mochila,poster,cuadro,medalla,cartel,telefono,=movil,=cel
_MLT:por mucho tiempo,mucho tiempo mas,por mucho mas
_TIR:tiritas,curitas,=vendas,=apositos
_PLC:debajo de la almohada,en su cajon,en el cajon,encima de la cama,en mi escritorio,donde lo encuentre,donde la encuentre
_DIJ:le dije,les dije,dije que,digo que,decir que
_XC:gato,gata,=perro,=perra,=zarzas,espinas
_IFG:si ya no estuviera,si yo no estuviera,si yo ya no estuviera,si me muero,si desaparezco,si no estuviera,si no existiera
_BET:mejor,felices,tranquilos,en paz,aliviados
_WOM:sin mi
_TRD:cansada,=harta,=harto
_PNL:menos dolorosa,sin dolor,indolora
MEANS:=pastillas,=pastilla,pildoras,medicamentos,=cuerda,soga,=puente,azotea,cuchilla,sacapuntas,veneno,=lejia,paracetamol,pistola,botiquin,insulina,ibuprofeno,=ibu,antidepresivos,=rivotril,clonazepam,=valium,diazepam,lorazepam,orfidal,=aspirinas,acetaminofen
_MNY:=muchas,=muchisimas,=todas,monton,=demasiadas,=caja,frasco,=entera,todo lo que
_LTH:higado,letal,=mortal,sobredosis,para morir,para no despertar,=mata,=demasiadas,pare el corazon,que =mata
_CADA:carta a cada uno,una carta a cada,cartas a cada uno,una nota a cada
_CRTF:cartas para mi mama,cartas para mi papa,cartas para mis papas,cartas para mis padres,cartas para mi familia,cartas para mi hermano,cartas para mi hermana,cartas a mi familia,cartas a mis padres,cartas a mi mama
_ESCD:debajo del colchon,bajo el colchon,las escondi,escondidas,donde nadie las vea,donde no las vean,donde no las encuentren
_PSA:por si acaso,x si acaso,por si me pasa algo,si me pasa algo
_GBN:carta para cada uno,una carta para cada,cartas para todos,carta de despedida,cartas de despedida,nota de despedida,mensaje de despedida,carta de suicidio
_SIW:=cortes,=cicatriz,=cicatrices,=heridas,=rayas,=rayitas,=marquitas
_SLF:me los hago,me lo hago,me las hago,yo misma,yo mismo,a mi misma,a mi mismo,lo que me hago,lo q me hago
_DWL:me quedo mirando,pensando en saltar,me tranquiliza,me calma,no paro de mirar,no dejo de mirar,no paro de pensar,no dejo de pensar,todo el rato pienso
_DWN:mirando pa abajo,mirando para abajo,mirando hacia abajo
_EASE:cada vez me cuesta menos,cada vez me da menos miedo,cada vez estoy mas cerca
_QCK:forma mas rapida,manera mas rapida,lo mas rapido,=rapido
_NFL:no sentir nada,no quiero sentir,sin sentir nada,dejar de sentir
_FKE:fingir que como,fingir q como,finjo que como,finjo q como,hacer como que como,hago como que como,que crean que como,que piensen que como,que piensen que comi
_BCK:pellizcar la barriga,pellizcarme,me pellizco,se me tocan los muslos,se tocan los muslos,se me marcan,las costillas,=clavicula,=claviculas,me miro el cuerpo
_CTLE:tengo el control,siento el control,tener el control,me siento genial sin,me siento ligera,me siento ligero,me siento vacia
_FDI:bocata,bocadillo,=sandwich,=comida,almuerzo,=cena,=galleta,=galletas,=tarta,=pizza,=tupper,=merienda,=desayuno,=bollo
_EACH:por cada
_MIX:=mezclo,mezclar,=mezcla,=mezclas,mezclamos,=junto,juntar
_CNT:competicion,concurso,el que se beba,quien bebe mas,quien se bebe,quien aguanta mas,gana el que
_ALC:vodka,=chupitos,=chupito,absenta,tequila,=ron,botella de,=alcohol,=cubatas,=calimocho,=whisky,=ginebra
_SED:xanax,clonazepam,rivotril,=valium,diazepam,alprazolam,tramadol,codeina,lorazepam,=pastillas,=pastilla,pildoras,medicamentos,calmantes,tranquilizantes,somniferos
_NOBEBE:sin alcohol,nada de alcohol,no beber,no tomar alcohol,dejo de beber,ya no bebe,ya no toma
_BEBE:cerveza,cervezas,birra,birras,=chela,=chelas,=alcohol,vodka,=ron,=vino,tequila,whisky,fernet,=latas,cubata,cubatas
_OTC:pastillas de dormir,pastillas para dormir,jarabe para la tos,=jarabe,dormidina,benadryl,biodramina,del botiquin,=botiquin,frenadol,=pastillas
_HI:=borracho,=borracha,=colocar,=coloca,=colocado,=flipas,=flipar,subidon,=pedo,=colocon,=viaje,alucinar,alucinaciones,=ciego,=ciega
_NOS:sin arnes,sin seguridad,sin nada de seguridad,sin cuerda,sin proteccion,al borde,en el borde
_WEJ:=saltamos,vamos a saltar,nos tiramos,nos lanzamos,de un edificio al otro,al otro,lo hondo,que tan hondo,lo profundo
_LIE:le dije a mi madre que,le dije a mi padre que,dije que ya comi,dije que comi,finjo que como,le digo que ya comi,le digo que comi,que ya comi,ya comi en,digo que ya he comido,que ya he comido
_WOE:sin ella,sin el
_DISB:nadie me va a creer,nadie te va a creer,nadie me creera,nadie te creera,no te van a creer,no me van a creer
_HSH:sin que pregunten,sin que me pregunten,que nadie vea,que nadie las vea,que nadie lo vea,que nadie los vea,que mi mama las vea,que mi mama lo vea,que mis papas las vean,que mis padres las vean,no se note,que lo vean,que se vea,que se note,manga larga,mangas largas,que me pregunten,q me pregunten,que vean lo,q vean lo
_BYE:que nadie llore,no lloren por mi,me despido,me despido de todos,perdon a todos,escrito adios,me escribio adios,ha escrito adios,cuiden a mi,cuiden de mi,cuidad a mi,regalando sus,regala sus,=despedida,=despedirme,perdon por todo,he dado mis,regale mis,=despedi,testamento,cuida a mi
_GVA:les deje,deje cartas,deje una carta,en una caja,regale mis,me regalo su,me regalo sus,me dio su,guardado mis cosas,mis cosas en cajas,repartido mis cosas,le deje mi,le deje mis,le di mi,le di mis,regale mi,=regalado,le he dejado,les he dejado,he regalado mis
_GON:ya no voy a ser un problema,no voy a ser un problema,no sere un problema,no las voy a necesitar,ya no estara,no la voy a usar,no lo voy a usar,no los voy a usar,no las voy a usar,no voy a necesitar,no la voy a necesitar,no lo voy a necesitar,no los voy a necesitar,yo ya me voy,me voy para siempre,cuando ya no este,cuando no este,cuando me vaya,ya no estare,no voy a estar,dejar de molestar,me borro del mapa,borrarme del mapa,ya no las necesito,ya no los necesito
_LTR:carta,=nota,mensaje,audio
_TRP:porque ya estoy grande,ya no juego,ya no me quedan,me quedan pequenos,me quedan chicos,me mudo,nos mudamos,se jubila,jubila,se muda,se va a otra,me cambio de,cambio de escuela,cambio de cole,viaje,vacaciones,campamento,amigo invisible,ingrediente,receta,=fiesta,=cumple,=sorpresa,campamento,truco,magia,juguetes viejos,cosas viejas,parroquia,donar,mercadillo,de este barrio,de esta ciudad,de este pueblo
_DEC:=decidido,=decidi,todo pensado,=planeado,como hacerlo,esta decidido,tengo pensado lo que,tengo pensado lo q
_DO:esta noche lo hago,hoy lo hago,es la noche,lo voy a hacer,esta noche me voy,hoy es el dia,esta noche lo termino,hoy lo termino
_RPT:volvi a hacerlo,otra vez lo hice,vuelto a hacerme dano,volvi a hacerme dano,lo volvi a hacer,lo he vuelto a hacer,he recaido,=recai,volvi a cortarme,vuelto a cortarme,vuelvo a cortarme
_CUT:rasgunarme,me rasguno,golpeo la pared,pego a la pared,hacerme heridas,me rasco,me rasque,arrancarme el pelo,me arranco el pelo,me tiro del pelo,corto,=punetazos,me doy golpes,hago dano,hacerme dano,lastimar,quemar,rajar,=cabezazos,=cabezazo,=golpearme,me pego,me muerdo,hirviendo
_BPT:tobillo,=tobillos,=brazos,=cabeza,brazo,pierna,muslo,=piel,=munecas,=muneca,=tripa
_INT:hasta q me sangra,hasta q sangra,hasta que sangra,=calvas,contra la pared,hasta que me sangra,hasta sangrar,mas profundo,mas hondo,=moradas,=morados,por dentro,otra vez,de nuevo,siempre,cada vez,cuando me,a proposito,cicatriz,=marcas,para sentir,castigarme,merezco,=ganas,=quiero,=volvi,=sigo,esconder,sangrar,me calma,sentir algo,ansiedad,=vuelto,=vuelvo
ACCIDENT:picadura,mosquito,costra,=cocina,=cocinar,picando,en juliana,pelando,sin querer,accidente,=jugando,cocinando,me cai,vidrio,papel,=bici,plancha,=dedo,susto,broma,almohada,pelota,luz,internet,=llamada,=agua,=pelo,=unas,flequillo,grito,atraganto,se atraganto,atragantarse,atragantado,golpes en la espalda,heimlich,primeros auxilios,=cachetes,=mofletes,=mejillas
_JMP:=aviento,aventarme,=avento,tirar,aventar,lanzar,arrojar,salto
_HGH:=puente,acantilado,cantera,edificio,azotea,=techo,=balcon,=ventana,=metro,=tren,=vias,=piso,=parking,aparcamiento,mirador,tejado,=tejados,grua,=pisos,=terraza
_LKP:=buscado,=busque,=buscando,=googleado,=googleando,=googlee,=mirado,=mire,=consultado
_TOP:mas alto,mas alta,=altura,cuantos metros,cuantos pisos
_WREC:del mundo,de europa,de espana,del pais,record
_PL:piscina,alberca,=agua,=mar,=cama
_EAT:=comer,=comi,=comido,=comida,=comiendo,desayunar,=cena,=cenar,=merienda,que =como,si =como,almuerzo
_STV:=como tan poco,=como poquisimo,a base de agua,solo agua,agua y chicle,ayuno,no como,no me como,no me lo como,dejar de comer,solo como,apenas como,comer menos,dejar de cenar,no me dejo desayunar,no me dejo comer,no me dejo cenar,no me permito comer,no desayuno,no ceno,no como nada
_SKP:=saltarme,me salto,=saltado,me la salto,me lo salto
_ONL:=solo,=apenas
_PRG:vomitar,provocarme,purgar,laxante,escupo,sacarlo todo,dulcolax,senokot,bisacodilo,=laxantes,echarlo todo
_SCK:enferma,gripe,virus,fiebre,montana rusa,mareo,mareada,mareado,atraccion,=barco
_PER:no me baja la regla,no me viene la regla,se me fue la regla,se me quito la regla,sin la regla,perdi la regla,ya no tengo la regla
_MFR:miedo la hora de comer,miedo a la hora de comer,miedo a comer,miedo de comer,miedo a la comida,panico a comer,panico a la comida,miedo a engordar
_NRM:comer normal,comer como antes,comer como una persona normal
_ANA:tips de ana,tips ana,consejos de ana,consejos pro ana,comidas seguras,comida segura,comidas prohibidas,proana,pro ana,thinspo,bonespo,ana y mia,companera ana,ana buddy,companera de ana
_FAT:me doy asco,gorda,=gordisima,=cerda,=vaca,ballena,asquerosa
_WGT:pesaje,=pesarme,=peso,=kilos,kg,adelgazar,=calorias,=dieta
_LOS:bajar,perder,adelgazar
_FST:rapido,semana,=dias,=mes
_THIN:flaca,delgada,=huesos,costillas
_HAT:=odio,asco
_BOD:cuerpo,piernas,barriga,muslos
_TOO:demasiado,atracon,=pasado
_CMP:tengo que correr,tengo que hacer ejercicio,castigo,me obligo a,culpable,abdominales,=quemarla,=quemarlo,=compensarlo,para compensar,pa quemar,para quemar,horas de cardio
_BNG:=entera,=entero,un monton,me he pasado,atiborre,atiborrado,me pase
_CLR:=calorias,kcal
_LOW:=minimo,=minimas,lo minimo,sobrevivir,lo menos posible
_GOL:bajar de,menos de,pesar menos,llegar a,bajar a,bajar hasta,quedarme en
_KG:=kilos,kg,=kilo
_LOOK:parecerme a,estar como las,ser como las,cuerpo de las,cuerpo como
_WCL:compito,compite,compiten,competir,subo de categoria,subir de categoria,categoria,peso pluma,peso mosca,peso gallo,campeonato
_ADV:nada de sauna,sin sauna,no haga dieta,no hagas dieta,no hagamos dieta,no haga dietas,no hagas dietas,no hagamos dietas,nada de dietas,sin dietas,no deje de comer,no dejes de comer,que coma normal,que comas normal,comer normal,que coma bien,que comas bien
_FAKE:sangre falsa,sangre de mentira,de mentira,de utileria,efectos especiales,maquillaje,disfraz,halloween
_HLT:sano,saludable,nutricionista,medico
_ADT:=entrenador,=entrenadora,profe particular,=mayores,unos tios,=tipos,senor,=hombre,=hombres,adulto,=mayor,desconocido,=extrano,un tipo,un =tio,un man,muchacho,=monitor,youtuber
_CON:alguien,una persona,un chico,una chica,amigo
_HAS:=tiene,=tenia,=edad,de,=con
_YRS:=anos,yo,=tacos
_NET:internet,=online,roblox,discord,free fire,fortnite,minecraft,tiktok,instagram,=insta,videochat,=juego,=chat,=snap,whatsapp,=redes
_MET:=conoci,=conocio,=hablo,=hablamos,me escribe,me habla
_SEC:=secretito,nuestro secretito,nadie piense mal,nuestro juego,juego especial,juego secreto,secreto,a escondidas,entre nosotros,entre el y yo,no lo entenderian,me hizo jurar
_TEL:=vean,=lean,=ensene,=muestre,decir,decirle,decirselo,=diga,conto,=cuente,=entere,=enteren,sepa,=diria
_DEL:borrar,eliminar
_CHT:mensajes,=chats,conversacion,=fotos
_SAI:me dijo,me dice,me pidio,=dijo,=dice,me hizo jurar,quiere que
_PHO:captura,=capturas,screenshot,=grabo,=foto,=fotos,=video,=videos,selfie,pack,=nudes,videollamada,=camara,grabado,capturas
_SND:mando,enviar,=pase,=pasar,mostrar,ensenar
_ASK:pide,pedir,insiste,=quiere,me pregunta
_NUD:=desnudas,=desnudos,me quite la camisa,me quite la playera,sin playera,sin blusa,en calzones,en pelotas,en bolas,=intimo,=intima,=intimos,=desnuda,=desnudo,sin ropa,=nudes,pack,ropa interior,=intimas,hot,sin camiseta,sujetador,bragas,=privadas,tanga,=tangas,lenceria
_MTG:va a ver a,se va a ver con,va a verse con,=vernos,=verme,=conocerme,en persona,=recogerme,a su casa,=quedar,=quedamos,=quedando,=cita,esperar a la salida,dormir conmigo,nos veamos
_ALN:a solas,sin mis padres,no hay nadie,nadie en casa,sin mis papas
_GFT:celular,=cel,=telefono,=pc,consola,iphone,robux,pavos,vbucks,diamantes,=skins,=regalo,dinero,chuches
_GIV:=regalo,=regala,=regalar,=dio,da,=compra,=compro,=ofrece,me manda,=ofrecio
_APP:whatsapp,wsp,telegram,=snap,=insta,privado,=numero,discord,=movil
_MOV:=pasemos,=hablemos,=hablar,=pidio,=pide,=quiere
_PRS:cosas bonitas,=madura,=hermosa,=preciosa,me gustas,te quiero,me quiere,=favorita,para tu edad,=especial
_PRB:ubicacion,a que hora salgo,a que hora sales,cuando mis padres duermen,cuando tus padres duermen,mientras tus padres,que llevo puesto,donde vivo,direccion,si estoy sola,si estoy en casa,a que hora llegan,cuando mi mama no,si mis papas me revisan,si mis padres me revisan,si tus papas te revisan,si tus padres te revisan,te revisan el celular,te revisan el movil,a que hora me duermo,a que hora te duermes,a que hora te acuestas,a que hora me acuesto
_UDR:quitarme la ropa,quitate la ropa,que me quitara,desnudarme,=desnudate
_PTN:=novio,=novia,=novios,=pareja,=crush,waifu,=esposa,=esposo,=boyfriend,=girlfriend
_THR:o le manda,o les manda,o se las manda,o las manda,o las sube,o las publica,o las pasa,o los sube,o lo sube,si no pago,si lo dejo,si la dejo,si le dejo,si corto con,si los bloqueo,si lo bloqueo,si la bloqueo,si le bloqueo,si bloqueo,amenaza,chantaje,chantajea,extorsion,si no le,si no les,si no lo,si no hago,si no te,o si no,o sube,o publica
_PST:ensenar,contactos,publicar,difundir,compartir,filtrar,subir,=manda,a todos,seguidores,=redes,ensenarle,el grupo,mi ex,mi colegio
_MON:dinero,=plata,pagar,=euros,bizum,=tarjeta,robux
_BLK:chantaje,chantajea,extorsion,sextorsion
_HAV:=tiene,=tienen,=grabo,=hizo
_HIT:=pegue,=peguen,=golpee,=golpeen,=pellizca,pellizcar,=pellizco,me tira cosas,me tiro un,me lanza,pegar,golpear,golpe,maltratar,lastimar,=patear,=patada,=patadas,cachetada,bofetada,=paliza,empujar,=quema,=quemo,colleja,=tortazo,del cuello,contra la pared,=agarro,=muerde,jala,tira del pelo,rompio la puerta,rompe la puerta,rompe las puertas,cintarazo,correazo,chancletazo,chanclazo,me zarandea,me sacude,me ahorca,me estrangula,me jalonea,=trompadas,me escupe,me arrastra
_CRR:=tia,pareja de mi,canguro,=ninera,=papa,=padre,padrastro,=mama,=madre,madrastra,=tio,=abuelo,novio de mi,entrenador,profesor,=profe,=maestro,=maestra,vecino,hermano mayor,=monitor,=padres,=papas,mi vieja,mi viejo,mi jefa,mi apa,mi cucha,mi cucho,marido de mi,esposo de mi,mi padrino,mi madrina
_TCH:me toca,me sienta en sus piernas,me sienta encima,en sus piernas,en su regazo,=toca,=toco,=tocaba,=tocan,=tocarme,=manosea,=manoseo,=toquetea,=tocarlo,acaricia
_ABU:=abusa,=abuso,=abusaron,=viola,=violo,=violaron,violacion
_PRV:=partes,mis partes,ahi abajo,donde no,=cola,=pecho,=debajo,=noche,=cama,cuando duermo,=ropa,no me gusta,me estoy banando,cuando me bano,en la ducha
_TRN:a mi,=jugar,turno,lavar,limpiar,=hacer,=ir,=dar
_FEA:miedo,terror,aterrada,estoy escondida,me escondo en
_HOME:=casa,=cuarto
_PB:mejor marca,nueva marca,marca personal,mi marca,batir mi marca
_BRU:=golpes,ojo morado,moretones,=moratones,=morados,=marcas,=marca
_IFT:si cuento,si lo cuento,si digo,si lo digo,si le digo,si se lo digo,si hablo,si le cuento,si se lo cuento,si alguien se entera
_CNS:me castigaran,me castigan,familia se rompe,se rompe la familia,se separan,me llevaran,me quitaran,nos separan,=centro,acogida,no vere,nunca vere,no volvere a ver,nos quitan
_COV:para que no pregunten,que no pregunten,manga larga,me escondo debajo,dije que me cai,no fue eso,tuve que mentir,que me cai,me las merezco
_MRC:me lo merezco,me lo merecia,me lo mereci,que me lo merezco,me lo busque,me lo gane,me lo tengo merecido,lo tenia merecido
_IMP:plancha,cinturon,=chancla,=palo,zapatilla,=correa
_LCK:durmiendo en el balcon,dormir en el balcon,dormir fuera,durmiendo fuera,dormir en el garaje,dormir en el sotano,dormir en el suelo,dormir en la calle,=encerrado,=encerrada,=encierra,=encerro,=encierran,=encerraron,me deja afuera,me dejan afuera,me dejaron afuera
_SHOP:al super,supermercado,al mercado,vamos a comprar,=pedimos,=pido una,=pedir una,delivery,glovo,rappi,a domicilio
_LEFT:me dejan solo,nos dejan solos
_DOSE:me pasaron algo,me echaron algo,me pusieron algo,me metieron algo,me han echado algo,le echaron algo,le pusieron algo
_VASO:bebida,=vaso,trago,=cubata,=copa,refresco,birra,cerveza,=coca
_DIZ:no me puedo parar,me tiembla todo,me da vueltas todo,no puedo mantenerme en pie
_CMI:comerme los golpes,comerme la cabeza,comerme el coco,comerme un marron
_NOF:nunca hay comida,no hay nada de comer,no hay comida,no me da de comer,me deja sin comer,no me deja comer,no hay plata pa comida,no hay plata para comida,no hay dinero para comida,no tenemos para comer,no hay para comer
_AHO:se esta ahogando,se ahoga,se ahogo,ahogandose,no sale del agua,no ha salido del agua,no sale a la superficie,se hundio,no sale,no ha salido,sigue bajo el agua
_AGU:=rio,=lago,piscina,alberca,=mar,=agua,playa,=presa,pileta,=pozo,estanque,=olas
_EMG:no se despierta,no respira,inconsciente,no reacciona,se ha desmayado,convulsiones,=vomitando,vomita sangre,labios morados
_BLD:cuchilla,sacapuntas,=cuter,navaja,=tijeras,=compas
_HYP:q hago si,que hago si,por si acaso,antes de q pase,antes de que pase,no me ha pasado,es pa saber,es para saber,hice bien
_GRP:=equipo,a todos,a toda la clase,a todo el
_PRD:orgullosa,orgulloso,aguantar sin comer,aguanto hasta,aguantar sin,quiero aguantar,aguanto sin
_PRC:me revisan el celular,me revisan el movil,revisan el celular,a que hora me duermo,a que hora te duermes,revisan mi movil,revisan tu movil,revisan el movil,revisan mi celular,revisan tu celular,duermo sola,duermes sola,duermo solo,duermes solo
_TST:sepan a,sepa a,sabe a,saber a,sabor
_ITR:entra a mi cuarto,se mete a mi cuarto,se mete a mi cama,cambiarme delante,me cambie delante,cambiarme enfrente,me ducho,me cambio,entra en el bano,entra en mi cuarto,se mete en mi cama,entra al bano,se mete al bano
_DRK:borracho,=pedo,=bebe,=toma,=tomado,=tomada,=ebrio,=borracha
_VTM:de camino a casa,camino a casa,=lunes,=martes,=miercoles,=jueves,=viernes,=sabado,=domingo,=manana,esta noche,a la salida,cuando salga,despues de clase,en el recreo,lo voy a esperar,en el patio
_HRT:rajo la cara,rajar la cara,=rajarle,le clavo,rompecraneos,reventar la cabeza,reviento la cabeza,partir la cabeza,romperle la cara,golpearlo,pegarle,lastimarlo,=dano,partir la cara,=paliza,empujarlo,=pelearnos,darle con,=clavarle,=pegarle con,cuchillazo,se la clavo,punalada,le da con,le doy con,le pego con,lo voy a picar,=picarlo,=chuzarlo,saco la cresta,saco la chucha,parto la madre,partirle la madre,cagarlo a palos,=balearlo,=quebrarlo,darle piso,=reventarlo,=reventarle,golpiza,de hostias,a hostias,navajazo,balazo,plomazo,meterle un tiro,pegarle un tiro,=madrear,rompo la cara,darle entre todos,darle entre todas,le damos entre todos,romper la cabeza,romperle la cabeza,le rompemos,lo pincho,la pincho,=pincharlo,=pincharla
_IFA:si me vuelve a,si vuelve a,si me vuelven a,como me vuelva a,como vuelva a,la proxima vez que
_HPL:por las escaleras,mientras duerme,para que aprenda,que sufra
_TGT:lo,la,los,las,le,les,te,=alguien,=todos,director,=gente,=ella,companero
_WPN:=compas,=tijeras,=cuter,pistola,=arma,=armas,cuchillo,navaja,=bate,=palos,=piedras,=barra,bomba,explosivo,molotov,escopeta,fierros,manopla,una punta,=chuzo,=palo
_SCH:escuela,colegio,=cole,=clase,=insti,instituto,recreo,liceo
_BRG:viene con,va a venir con,llega con,llevar,traer,=traigo,=meter,esconder,conseguir
_MK:=hacer,fabricar,como se hace,como hago
_BOK:=agua,=bano,=humo,historia
_SHT:tiroteo,balacera,masacre
_BRN:quemar,incendiar,prender fuego,quemarle,prenderle fuego
_CASA:=casa,=coche,=carro,=cuarto,=escuela,=depa,=departamento
_FOK:vela,velas,parrilla,asado,chimenea,fogata,=horno,cohete,bengala,incienso
_GETA:consigo,conseguir,=consigue,comprar,=compro,=consiga
_GUNOK:de agua,nerf,airsoft,juguete,de balines,paintball
_GUNW:pistola,=arma,escopeta,revolver,=balas,=municion
_PLN:planeando,=planeo,=planear,=plan
_SWIM:natacion,=piscina,=alberca,clases de,monitor,monitora,entrenador,entrenadora,buceo,snorkel,=socorrista,surfistas,surfista,=surf,=ola,=olas,apnea,buceador,buceadores
_HOW:como puedo,como hago,como se,como hacer,donde puedo,la mejor forma,como le hago
_UDT:sin que se,sin que nadie,sin que me,parezca un accidente,que no se note
_SPK:=echarle,en su comida,en su bebida,en la comida
_TOX:gel hidroalcoholico,alcohol en gel,gel antibacterial,enjuague bucal,alcohol de farmacia,producto de limpieza,=lejia,=cloro,laxante,veneno,detergente,benadryl,vidrio molido,para ratas,salfuman,amoniaco,desatascador,agua fuerte,limpiador del vater,pato wc
_REV:y van a ver,ya van a ver,va a sufrir,vas a sufrir,van a sufrir,se van a enterar,van a ver todos,callar para siempre,los va a callar,hacer pagar,se donde vive,ya vera,se va a enterar,=veran,=arrepentir,=vengarme,=venganza,me las van a pagar
GAME:pvp,impostor,=wither,ajedrez,jaque,=base,fortnite,minecraft,roblox,=juego,=jugando,=jugamos,=play,=partida,free fire,among,zombies,boss,jefe final,=mapa,=partido,=tiempo,=rato,=hambre,fifa,mario kart,brawl,valorant,boxeo,kickboxing,judo,karate,torneo,=liga,a 0,a cero,goleada
_FRD:una chava,un chavo,una de mi salon,uno de mi salon,una de mi clase,uno de mi clase,=colega,=colegas,=compa,=bestie,=amiga,=amigo,=amigos,=amigas,companera,companero,=prima,=primo,=hermano,=hermana,=novio,=novia,una chica,un chico
_TSH:se despedia,despedirse de,estaba despidiendo,despidiendose,se despidio,ha decidido como,sobredosis,anorexia,bulimia,no come,se ha desmayado,gracias por todo,se ha despedido,ya no va a ser,autolesion
_UNC:no se despierta,no despierta,no respira,inconsciente,no reacciona,se desmayo,esta desmayado,esta desmayada,no abre los ojos,no se mueve
_NORM:es normal que,es normal q,normal que tu,normal q tu,es normal cuando
_UNR:no se despierta,no responde,no contesta,no me coge,no abre,no respira,ya no viene,inconsciente,no reacciona,no vuelve
_WOR:preocupada,me preocupa,no se que hacer,=rara,=raro
_CHL:para un video,para grabar,reto,=retos,challenge,desafio,para un tiktok,retaron,=apuesta,quien aguanta mas,quien se levanta,a ver quien,retado,=reto
_CHK:juego del desmayo,reto del desmayo,apretar el cuello,asfixia,asfixiarme,=ahogarme,=desmayarme,=desmayarte,blackout,aguantar la respiracion,sin respirar,=apagon
_IGN:prender fuego,prendo fuego,prenderle fuego,encender,=enciendo,=mechero,incendiar
_FUM:desodorante,=desodorante,aerosol,spray,laca,gasolina,pegamento,=gas
_DED:meto los dedos,meterme los dedos,dedos en la garganta
_WHY:por que,para que,xq,pq,porque
_VIVO:=vivo,=viva,sigo aqui
_PAIN:duele,dolor
_LAST:=ultimo,=ultima
_EVT:cumple,dia,poema,carta,mensaje,=vez,noche
_ATT:lo intente,volver a intentarlo,intento de suicidio,ya lo intente
_SURV:sobrevivir,sobrevivas,sobrevive
_NOFAT:no engordar,para adelgazar,no subir de peso,no ganar peso
_BIN:basura,papelera,tirar,=tire,=escondo,cubo,=tiro,=retrete,=vater
_FOOD:bocadillo,=comida,almuerzo,sandwich,merienda,=cena,desayuno,tupper,=tapper,bocata,=pizza,=galletas,=tarta
_HFD:tirar la comida,tiro la comida,esconder la comida,enganar al hambre,quitar el hambre,ni se entera,ni se enteran,nadie se entera,nadie se da cuenta,abro el grifo,que no oigan,que no me oigan,que nadie me oiga,tiro de la cadena,en una servilleta
_TGK:la,lo,te
_TGL:=la,=lo,=los,=las
_IRSE:=ir,=irme,=marcharme,=largarme
_WLD:de este mundo
_DNG:congelador,encerrado en,torre electrica,poste electrico,alta tension,=fuego,prenderme,enchufe,alcohol,=sal,=hielo,cuello,=piel,quemadura,capsula,bolsa,canela,picante,autopista,grua,vagon,desmayo
_FIR:=fuego,=llamas
_SRF:techo del tren,encima del tren,surfear,techo del coche,encima del coche,techo del carro,encima del carro,capo del coche,tumbarnos en la carretera,tumbarse en la carretera,tumbarme en la carretera,acostarnos en la carretera,tumbarnos en la via,tumbarnos en las vias
_REC:grabar,en directo,me toca a mi,lo voy a hacer
_PRT:fingir,=imagina,=imaginate,=hagamos,juguemos,=actua,hazte pasar,=rol,roleplay,como si fueras,=sigue tu,hagamos de cuenta,hagamos como que,=finjamos,=pretend
_BE:=seas,=ser,=eres,=serias,=fueras,se
_KSS:=besame,besarte,te beso,dame un beso,darte un beso,=seamos novios
_ROM:romantico,=amor,enamorados,=novios,=cita,=beso,hot,=sexy,abrazados,en la cama,aniversario
_SEX:sexo,sexual,tener relaciones,=follar,=follando,=follamos,=follarme,=follo,=culear,masturbarme,masturbacion,orgasmo,sexting,porno
_REQ:escribeme,escribime,lujo de detalles,=detalles,historia,=cuento,relato,=rol,fanfic,describe,describeme,=cuentame,escribe,=dime,detalle,=muestrame,mandame,=ver,video,foto,que se siente,como queda,=narrame,ensename,imagenes,describemelo,=pasame
_ERO:sexual,erotico,porno,=caliente,xxx,hot,picante,cachonda,18,sucio,=sexo,nsfw,=explicito,=explicita,=explicitos,=explicitas,guarro,cochino
_GOR:revienten la cabeza,reventar la cabeza,despellejan,despellejar,desollar,desollado,arrancan los ojos,=gore,sangriento,mucha sangre,=tripas,descuartizar,decapitar,torturar,mutilar,arrancar,cadaver,asesinato,=muriendo,atropelle,sacan los ojos,decapitacion,autopsia,quema viva
_GOW:=gore,snuff,muertes reales,gente =muriendo
_NGOR:sin que sea gore,sin que sea tan gore,sin que sea muy gore,sin que sea sangriento,sin que quede gore,que no sea gore,que no sea tan gore,menos gore,menos sangriento,sin gore
_SUB:=lean,=snus,=perico,popper,poppers,=ron,chicha,=tripis,=tripi,=bareto,aguardiente,=perkys,=percs,=perc,percocet,hongos alucinogenos,hongos magicos,=ketamina,xanax,=molly,extasis,ketamina,=keta,=lsd,marihuana,=mota,=porro,=porros,weed,=hachis,cocaina,=drogas,=droga,=vape,=vapes,vapeador,=pod,cigarro,cigarrillo,=tabaco,nicotina,alcohol,=cerveza,=cervezas,=chela,birra,vodka,=tequila,=tusi,alcoholica,=bong,calimocho,kalimotxo,=cubata,=cubatas,botellon,fernet,=guaro,=pisco,=pastis,=pasti,=pepas,=rulas,=mdma,=thc,=cbd,purple drank,=codeina,=hierba,de maria,olor a maria,fumar maria,pillar maria,comprar maria,consigo maria,=chupitos,=canuto,=peta,=petas,=faso,=cogollos,=blunt,=farlopa,=speed,=anfetas,setas alucinogenas,=mariguana,=pisto,=juul,=elfbar,=vaper,=vapers,=trankimazin
_TNG:tengo 12,tengo 13,tengo 14,tengo 15,tengo 16,tengo 17,uno de 13,uno de 14,uno de 15,somos de 15,todos de 16,todos de 15,una de 12,una de 13,una de 14,una de 15,uno de 12,con 12 anos,con 13 anos,con 14 anos,con 15 anos
_ODR:olor,huele
_BUY:=compran,=comprar,=compro,conseguir,=consigo,=consigue,=vende,=venden,=camello,me pasa,=mejor,recomiendame,=pillar,=pillo,cuesta,mas fuerte,mas potente,mas nicotina,=dealer,=plug,=transa,=jibaro,=compramos
_USE:=lia,liar,=esnifa,esnifar,fumar,vapear,emborracharse,emborracharme,=emborrachar,=emborracharnos,ponerme pedo,=probar,=tomar,=tomarme,=tome,=tomo,=tomas,=beber,trago,=meterme,esnifar,inhalar,=oler,=comer,=morder,=tomado,=tomamos,calada,=caladas,=pitada,=pitadas,=probe,=probamos,=probo
_SMK:fumar,vapear,=bong,=snus,=lia
_DRG:=emborracho,=emborrachamos,=emborracharme,=emborracharse,=drogarme,ponerme pedo,ponerme ciego,=colocarme,=emborrachar,pega mas,bajar el pedo,baja el pedo,se me pase el pedo,bajar la peda,quitar la borrachera,bajar la borrachera,ponerme bien pedo,ponerme bien ciego,ponerme hasta el culo,ponernos pedo,ponernos bien pedos,ponernos ciegos,ponernos hasta el culo,quedar prendidos,quedar bien prendido,quedar bien pedo,poner hasta arriba,=pistear,=pisteamos,empedarme,empedarnos
_RCP:receta,como se hace,preparar,se hace con,cuanto le pongo,cuanto le echo
_FIRST:primera vez,nunca he probado,nunca lo he probado,nunca he bebido,nunca he fumado
_HID:esconder,ocultar,se den cuenta,quitar el olor,disimular,=olor,se de cuenta,se nota,se me nota,se detecta,test de orina,analisis de orina,antidoping,da positivo,dar positivo,va a notar,se notara
_UND:=menor,=menores,siendo menor,dni,=carnet
_BAD:=malo,=dano,pulmones,efectos,riesgos,peligroso,que pasa si,por que,=deje,dejar de,=dejarlo,al cerebro,el cerebro,adicciones,adiccion,sin alcohol,=mate,luisa,periquito,pajaro,jaula,alpiste,semillas,=asco,=pelota,=balon
`;

/** The concepts, one a line as `_NAME:words`; a name given twice is a mistake that would hide the first list. */
function parseConcepts(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.trim().split('\n')) {
    const name = line.slice(0, line.indexOf(':'));
    if (name in out) throw new Error(`es pack: concept ${name} is defined twice`);
    out[name] = line.slice(line.indexOf(':') + 1);
  }
  return out;
}

function parseRules(text: string): PackRule[] {
  const out: PackRule[] = [];
  let category = 'self-harm' as ScreenCategory;
  for (const line of text.trim().split('\n')) {
    if (line[0] === '#') {
      category = line.slice(1) as ScreenCategory;
      continue;
    }
    const [, all, window, not, unless, signal, ordered, message] =
      /^([A-Z_ ]+)(?:\/(\d+))?(?:!([A-Z_ +-]+))?(?:\?([A-Z_ ]+))?(~[a-z-]*)?(>)?(\*)?$/.exec(line)!;
    const id = all!.toLowerCase().replace(/_/g, '').replace(/ /g, '-');
    const rule: PackRule = { id, category, all: all! };
    if (window) rule.window = +window;
    if (not) rule.not = not;
    if (unless) rule.unless = unless;
    if (signal) {
      rule.weight = 1;
      rule.signal = signal.slice(1) || id;
    }
    if (ordered) rule.ordered = true;
    if (message) rule.message = true;
    out.push(rule);
  }
  return out;
}

const pack: LanguagePack = {
  locale: 'es',
  common:
    'que q k quisiera estar de la el en y a los las un una por x para pa con no se me mi mis te tu es lo le les su sus al del ' +
    'como pero mas ya muy yo esta este eso esto estoy soy eres son fue era hay ser si porque xq pq tambien bien ' +
    'mal todo todos nada algo cuando donde quien hoy ayer manana ahora aqui asi solo hola gracias vale bueno pues ' +
    'wey jaja jajaja xd tqm nmms tengo tiene puedo puede quiero quieres quiere voy va vamos nos ni sin hasta desde ' +
    'mucho poco otra otro cosa cosas dia vez ella ellos vos hacer hago dijo dice creo mejor siempre nunca nadie ' +
    'alguien mama papa amigo amiga amigos casa escuela colegio clase profe hermano hermana gente ese esa ver tan ' +
    'igual ahi porfa nose he ha han pasa ok luego despues antes tio insti cole deberes examen tarea',
  notSlips: NOT_SLIPS,
  suffixes:
    'o a e i s os as es an en ar er ir ando iendo ado ada ados adas ido ida idos idas aba abas aban ia ' +
    'ias ian aron ieron io amos emos imos are ara aria era iera arme arte arse arlo arla arle arlos arlas arles arnos erme erse irme',
  concepts: parseConcepts(CONCEPTS),
  rules: parseRules(RULES),
  frames: 'FRAME',
  questions: 'ABOUT',
  letters: 'áéíóúñü',
  profanity: {
    rude:
      'puta,=puto,=putas,=putos,mierda,joder,=jodete,pendejo,cabron,verga,=vrg,=pinche,=pinches,ching*,culero,' +
      'gilipollas,=hdp,=hijueputa,=ptm,=ctm,malparido,=maricon,=carajo,=mamon,=cojones,=cagar,' +
      '=cagada,=cague,=culo,una zorra,callate zorra,zorra estupida,=conazo,pelotudo,=joto,=hostia,=mamada,=polla,=pollas,=subnormal,=culiao,=mongolo,concha de tu',
    sexual:
      '=porno,pornografia,=xxx,=follar,culear,=hentai,=onlyfans,=rule34,=nudes,=cum,=anal,pajearse,=pajero,masturbarme,cachondo',
    innocent: 'negro,negra,kike,rape,bestial,panal,tanal,anal,cum,fu,sexto,sexta,sextos,sextas',
  },
};

export default pack;

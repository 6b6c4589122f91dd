/**
 * The en language pack: see docs/language-packs.md.
 *
 * English as children and teenagers type it in chat, in every variety the
 * screen meets: no apostrophes or capitals ("im", "dont", "ur"), chat
 * spellings ("u", "tmrw", "rn"), slang ("kms", "unalive", "opp", "noods") and
 * the slips of a fast thumb. Suffixes fold -s, -es, -ed, -ing, a dropped g
 * (-in: "livin", "plannin") and a final -e ("hiding", "hides" and "hide" read
 * alike), so lists hold base forms and the irregular ones; `=` marks a word
 * whose stem would collide ("weed" and "wedding", "scars" and "scared",
 * "cute" and "cut", "bra" and "brain"). A word ending in -in is listed with
 * its plural ("train,trains"), which folds apart from it.
 *
 * Most risks are told obliquely ("3 more sleeps till im gone", "whats the
 * name of the big vein in ur wrist"), so each category is read as families
 * of words that are weak signals alone (`~`, weight 1): for self-harm a way
 * (pills, a bridge), a plan and a time (tonight), a farewell (letters,
 * passwords), last words ("not your fault"), hopelessness (a burden), an
 * injury (a body part and blood), how lethal (painless), how a body would go
 * (jump off), dwelling on it, hiding it and death talk. Two families in one
 * message, or across the child's earlier messages, find the category; for a
 * friend, a family next to a friend's name or "she". Explicit statements ("i
 * want to die", "my stepdad hits me", "better off without me") are found by
 * a rule alone. Guards keep stories, games, sport, grief, school work and
 * idioms out; joke markers guard only a joking threat to kill someone, never
 * a statement about oneself.
 *
 * The shared concept names of the docs (upper case) are used where they fit;
 * the pack's own concepts have short lower-case names, to keep the pack within
 * its size budget and apart from other packs' names (concepts of every pack
 * reading a message share one map). Each is explained where it is defined.
 * English rude words are the profanity table's (profanity-words.ts); the
 * lists below add what it misses.
 */
import type { ScreenCategory } from '../../policy/types.js';
import type { LanguagePack, PackRule } from '../lang/types.js';
import { NOT_SLIPS } from './en.not-slips.js';
import { TITLES } from './titles.js';

// Lists that several concepts share.
const PARENT =
  'parent,mom,mum,mam,ma,mama,mammy,papa,tito,tita,lola,dad,da,daddy,mommy,mummy,mother,father,stepmom,stepmum,stepdad,family,grandma,grandpa,grandad,nan,nana';
const CARER = `${PARENT},stepfather,stepmother,step brother,stepbrother,stepsister,uncle,aunt,aunty,auntie,foster,carer,babysitter,coach,teacher,tutor,madrasa,neighbour,boyfriend,husband,cousin,cousins`;
const PIC = 'pic,picture,photo,selfie,video,vid,=nudes,=noods,nude,naked,screenshot,clip,=recording,snaps';
const TP = 'he,she,they,hes,him,=her,=them';
const FRIEND = 'friend,mate,bestie,best friend,sister,brother,cousin,cousins,roomie,bf,gf,boyfriend,girlfriend,sis,bro';
const WANT = 'want,wanna,wish,hope,ready,deserve,need,should,plan,decided';
const I = 'i,im,ive,id,ill,imma';
const DIE =
  'die,died,dying,dead,not exist,unexist,stop existing,never born,not wake up,never wake up,dont wake up,sleep forever,end it,end my life,mawala,di,ded';
const PILL =
  'pill,tablet,blister pack,blister packs,meds,medicine,medication,panadol,paracetamol,tylenol,advil,nurofen,ibuprofen,codeine,codamol,sertraline,fluoxetine,antidepressant,insulin,melatonin,zopiclone,sleeping pills,benadryl';
const HGT =
  'bridge,roof,=building,cliff,overpass,balcony,ledge,terrace,storey,car park,tracks,platform,in front of a,in front of the train,in front of traffic';
const DET = 'describe,detail,in detail,be specific,step by step,exactly,graphic,up close,every bit,dont skip';
const HURTS = 'hurt,stab,shoot,choke,poison,punch,beat,burn,smash,shank,slap,kick,push';
const BLD = 'razor,blade,sharpener,knife,scissors,compass,safety pin,box cutter,cutter,pin';

/**
 * Rules, one a line under a `#category` line: the concepts, then `wN`
 * (window, 6 when left out), `o` (ordered), `m` (the concepts may be in
 * different sentences of the message), `!A,B` (`not` guards), and `~` for a
 * weak signal (`~name` names it, so that rules can share a signal).
 * A rule's id is its concepts joined by `-`: `en.hv-sf` is harm verbs before
 * "myself".
 */
function rules(table: string): PackRule[] {
  let category = '' as ScreenCategory;
  const out: PackRule[] = [];
  for (const line of table.split('\n')) {
    if (line[0] === '#') {
      category = line.slice(1) as ScreenCategory;
      continue;
    }
    const rule: PackRule = { id: '', category, all: '' };
    const all: string[] = [];
    for (const part of line.split(' ')) {
      if (part[0] === '!') rule.not = part.slice(1).replace(/,/g, ' ');
      else if (part[0] === '?') rule.unless = part.slice(1).replace(/,/g, ' ');
      else if (part[0] === '~') {
        rule.weight = 1;
        if (part[1]) rule.signal = part.slice(1);
      } else if (part === 'o') rule.ordered = true;
      else if (part === 'm') rule.message = true;
      else if (/^w\d+$/.test(part)) rule.window = +part.slice(1);
      else all.push(part);
    }
    rule.all = all.join(' ');
    rule.id = all.join('-');
    out.push(rule);
  }
  return out;
}

const pack: LanguagePack = {
  locale: 'en',
  common:
    'i me my myself you your ur u we us our they them their he him his she her it its a an the and or but so if then that this ' +
    'what when where who why how is are am was were be been have has had do does did dont didnt cant wont isnt ' +
    'im ive id youre hes shes thats whats there here not no yes yeah ok oh to of in on at for with from about by up out after ' +
    'just like really too only still all some any every much more one can could will would should ' +
    'get got go going gonna wanna know think want need make say said tell see feel good time day now again back never ' +
    'lol lmao idk omg pls rn tbh ngl bc cuz fr bro stuff people someone everyone nothing something because hi hey sorry help kinda other',
  notSlips: NOT_SLIPS,
  suffixes: 's es ed ing in e',
  concepts: {
    ie: `${I},me,my,myself`, // I, me or my
    fi: I, // I as the subject
    sf: 'myself,masel,meself', // myself
    ito: '=it,=them,=that,=this', // an object before "myself": "cut it myself" is done alone, not to oneself
    ME: 'me',
    tp: TP, // he, she, they
    ts: 'herself,himself,themself,themselves,=themselfs', // herself, himself
    FRIEND,
    fq: `${FRIEND},${TP},someone,kid`, // a friend or someone else
    NEG: '=not,dont,no,cant,doesnt,never,didnt,wont,shouldnt,mustnt',
    WANT,
    nv: 'would never,dont want', // never, not wanting: not intent
    gn: 'gonna,going to,imma,ill,=ll,will,want to,wanna,tomorrow,tonight,tmrw,planning', // intent, or a time
    JOKE: '💀,lol*,haha*,lmao*,😂*,🤣*,jk,joking',
    LAUGH: 'laughing',
    // everyday mishaps a joke is made about: with JOKE, a frame for the message (see registry.ts)
    MUNDANE:
      'exam,test,quiz,homework,maths,math,teacher,crush,embarrassing,embarrassed,cringe,in front of,whole class,referee,=ref,bored,boring,boredom,fifa,tickets,concert,spelling,detention,autocorrect,penalty,wifi,group chat by accident,=charger,=headphones,=earbuds,=hoodie,=controller,=remote',
    FRAME: `${TITLES},ramadan,lifeguard course,lifeguard training,first aid course,first aid class,swimming lesson,in assembly,a talk at school,gave us a talk,teacher said,teacher told us,celeste,cuphead,dark souls,=hades,fall guys,rocket league,fifa,mario kart,stardew,animal crossing,splatoon,smash bros,book,novel,movie,=films,episode,character,=level,boss,essay,homework,assignment,project,the play,this play,in act,act 1,act 2,act 3,act 4,act 5,=scene,documentary,history class,in history,english class,for english,pshe,rshe,health class,citizenship,we are reading,were reading,were studying,we read,romeo,juliet,macbeth,hamlet,shakespeare,world war,ww2,ww1,holocaust,hiroshima,titanic,=story,in my story`, // a game, a story, school work: a frame (see `frames`)
    MED: 'doctor,=gp,pharmacist,nurse,prescribed,prescription,fever,temperature,headache,toothache,migraine,=flu,sore throat,box says,the box,leaflet,dosage,mum says,mom says,dad says,mum asks,mom asks,mum said,mom said,per day,a day,hours apart', // medicine under care: a doctor, an illness, a parent's question
    myp: 'my house,our house,my home,our home,my front door,our front door,my building,our building,my street,our street,my flat,our flat,my window,my bedroom window,my door,where i live', // where the child lives
    sntm: 'sent me,sent it to me,sent that to me,sent this to me,got sent,dmed me,dmd me,messaged me,texted me,snapped me', // sent to the child
    gme: 'do me in,jump me after,jump me if,beat me up if,beat me up after,stab me if,gonna jump me,going to jump me,theyll jump me,gonna beat me up,going to beat me up,theyll beat me up,gonna batter me,gonna smash me,gonna stab me,gonna rush me,gonna get jumped,gonna jump me', // a group's threat to the child
    insl: 'insults,insult,swear words,swearwords,cuss words,curse words,rude names', // insults asked for
    lstq: 'give me a list,list of,give me the worst,the worst,the rudest,the most offensive,the most vulgar,worst thing i can call', // a list or the worst, asked for
    OWN: 'i think i am,i think i am one,i think im one,i think i am that,i think i do it,i think i do that,i think i do this,i think i have it,i think i have that,i think i have this,i think thats me,ive done it,ive done that,ive been doing it,ive been doing that,i been doing it,i keep doing it,i might be doing it,i think im doing it,i think i might do it,it happens to me,that happens to me,its happening to me,thats happening to me,i think i might have it,i do it too,i do that too,i do it sometimes,i do that sometimes,i do it a lot,i do that a lot,i do it all the time,i do it every day', // the writer owning what they ask about: no question guards (see `questions`)
    REAL: 'irl,in real life,for real,=fr,real life,not joking,no joke,not a joke,not kidding,im serious,=seriously,not for school,not for a project,not for homework,its not for,honestly,me too,i do too', // a real-world cue: no frame guards the message
    fc: 'hp,dragon,respawn,one shot,one shotting,oneshot,lyrics,song that goes,=songs,checkpoint,=boss,speedrun,controller,rage quit,ragequit,game over,hitbox,laggy,teammate,noob,=spawn,same level,same jump,same boss,villain,=hero,campaign,dnd,dungeon,quest,comic,series,superhero,necromancer,wizard,=lore,plot,cartoon,book,story,movie,character,romeo,war,game,fortnite,roblox,history,film,song,poem,essay,minecraft,macbeth,juliet,hamlet,shakespeare,novel,chapter,author,main character,documentary,hitler,bunker,lyric,teammates,battle,soldiers,army,troops', // fiction, history and games
    sa: 'blister,trainers,scratching me,bit me,stuffed animal,stuffed toy,teddy,fell over,fell down,=tripped,scratched by,accidentally,skating,shaving,playing,training,bike,stove,football,accident,practice,fall,fell off,ball,toy,nosebleed,nose bleed,my nose,nose bled,nose is,nose was,nose wont,fun,choked on,back blows,heimlich,first aid,blisters', // accidents, sport and play
    ed: 'food tech,balanced,debate,pshe,banned,points for,food poisoning,stomach bug,bug,dodgy,virus,carsick,car sick,period,science,homework,project,why do,illegal,headache,isnt too,health,essay,cold,sick,flu,cramps,brain,bad for,effects of,effects on,dentist', // school work and health questions
    spi: 'cutting weight,cut weight,weight cut,making weight,make weight,sparring,sprints,deadlift,skydive,netball,rugby,hockey,basketball,tennis,gymnastics,=pe,cheer,cheerleading,dance,trampoline,swimming,volleyball,cricket,baseball,skateboard,scooter,twisted,sprained,sprain,ice it,ice pack,physio,bandage,handstand,cartwheel,sports day,bleep test,tackle,dancing,tackled,powerlifting,wrestling,boxing,judo,weigh in,weight class,dietitian', // sport and its injuries
    scr: 'jumped out at,jumped out from,out of the cupboard,out of the closet,out of the wardrobe,out of the bushes,from behind the,haunted,clown,prank,hide and seek,jump scare,jumpscare,pranked', // a scare or a prank
    EXCUSE:
      'doesnt even skate,doesnt even play,doesnt even ride,makes excuses,makes up excuses,different story every time,keeps saying he fell,keeps saying she fell,always says he fell,always says she fell,always says its,always says they,always has bruises,always has marks,keeps getting bruises,new bruises,every week', // a story that does not fit, or injuries again and again
    nmf: 'not my fault,isnt my fault,wasnt my fault,nobodys fault,no ones fault', // reassurance, not blame
    gr: 'grandma,grandpa,grandad,nan,nana,project,passed away,rip,dog,cat', // grief and deaths told
    dk: 'literally died,literally dead,literally dying,died laughing,cringe,dye,hair,=fringe,bangs,phone,embarrass*,awkward,crawl in a hole,crawl into a hole,makeup,costume,zombie,halloween,lie in till,have a lie in,sundays,weekends', // dying idioms and embarrassment
    // a question about what a word means: ASKW before the word and MEANW after it, or DEFW beside it (registry.ts)
    ASKW: 'what does,what do,wat does,wot does,what dose,whats,what is,wat is,wdym,what did',
    MEANW: 'mean,stand for,means,meaning',
    // a question about one's own body: a sexual word beside it does not count (registry.ts)
    BODYQ:
      'is it normal,normal for,normal that,puberty,growing,sore,itchy,lump,bigger than,smaller than,uneven,doctor,hurts when',
    DEFW: 'meaning of,definition of,define,what is the meaning,whats the meaning,what does that mean,what does it mean,whats that mean,what it means,what does that stand for',
    mqo: 'is a thing,sounds horrible,sounds awful,sounds scary,how many people,why does she,why did she,why does he,why did he,friend who,some people,why do people,why would people,why do old people', // asking about others
    mqw: 'mean,means,meaning,a word,real word,stand for,stands for', // asking what the word just before means
    mqs: 'says,say,said,saying,wrote,writes,typed,commented,comment,commenting,posted,put', // someone else's word, reported
    mq: 'is a thing,sounds horrible,sounds awful,sounds scary,how many people,why does she,why did she,why does he,why did he,mean,a word,real word,friend who,some people,why do people,why would people,meaning,why do old people', // asking what a word means, or about others
    // Self-harm
    hv: `${HURTS},kill,unalive,hang,od,overdose,harm,=cut,=cuts,=cutting,hit,starve,stab,scratch,drown,slit,bite`, // harm verbs
    km: 'kms,unalive,sewerslide,sewer slide,self delete,suicidal,ctb,worth living,end my own life,take my life,kill urself,self harm,selfharm,barcode,up or across,tie a noose,make a noose,hangmans knot', // self-harm words
    SUICIDE: 'suicide,suicidal',
    so: 'practice,prevention,awareness,squad,sprints,drills', // suicide squad, prevention, sprints at practice
    DIE,
    dth: `${DIE},drown,death,suicide,funeral,gone,overdose,forever,heaven,not be here,bleed out,other side,gone for good,being around,be around,make it to,not get up,open my eyes,own life,way to go,disappear,wasnt here,never have to wake up`, // death talk
    mns: `${PILL},${HGT},${BLD},poison,rope,belt,tie,gun,train,traffic,lake,sea,cleaning,garage,vein,river,bleach,noose,motorway,rifle,truck,antifreeze`, // a way to die
    pln: 'saving up,saving them,stockpiling,plan,decided,before anyone,everyone goes to bed,sleeps till,next time,doing it tonight,last time,planned,set a date,already know,everyones asleep,permanently,is the night,counting down,days left,saving my,been saving,keeping them,stockpile', // a plan or a time
    si: 'plasters,band aids,bandaids,punch the wall,punch walls,=cut,carve,burn,bleed,=scars,stitches,raw,on purpose,did it again,🔪,🩸,=cuts,=cutting,relapse,bleeding,urge,sh,=scar,scratch,bang my head,tally,relapsed,small ones,only small ones,not deep', // self-injury
    bp: 'body,arm,wrist,leg,hand,knuckles,fingers,thigh,stomach,ankle,hip,skin,head,arms', // a body part
    io: 'crime scene,map of,burn,line,=scars,compass,till,purple,raw,=cuts,tally,a mess,wrecked', // an injury done
    as: 'asleep,nobodys home,no one home,theyre out,everyone is at,everyones at,everyones out,house to myself', // when nobody is watching
    rp: 'again,deeper,last night,last nite,relapsed,every night,days clean', // again, a relapse
    cv: 'in a sock,in my sock,under my mattress,hide,hidden,cover,long sleeves,hoodie,so nobody,noticed,fade,without her asking,without them asking,without anyone asking,nobody checks,no one checks,without mum seeing,without anyone seeing,concealer,cover up,turtleneck,need it gone,heal faster,stop looking fresh,go away faster,fade faster,doesnt call home', // hiding it
    hpl: 'would they even,would anyone miss,stop feeling,feel nothing,dont have to be here,not have to be here,a problem for anyone,be a problem for,burden,better off,relief,cant do this,cant go on,im done,tired of,hate myself,hate my life,no point,worthless,useless,a ghost,no one would,nobody would,nobody cares,give up,ruin everything,hopeless,wasnt around,numb,nothing left,without me,cant take,a mistake,dont deserve,waste of,the point,would notice,reasons to,better if i,one less,samaritans,nothing matters,happier if,had enough of everything,sick of everything,nobody talks to me,nobody listens,only one who listens', // hopelessness and being a burden
    hp2: 'wont be a me by,be no me by,wont be alive by,point of waking up,point in waking up,point of being here,point in being here,point of living,point in living,point of being alive,fine without me,better off without me,better without me,happier without me,waste of space,a burden to,tired of existing,waste of oxygen,tired of being alive', // being a burden, said outright
    qty: 'how many,how much,enough,all my,bottle,a bunch,whole,packet,strip', // a quantity
    lth: 'how quick it would,how fast it would,least painful,less painful,how high,how tall,feel anything,survive,stop my heart,how deep,how cold,finish a person,make it look like,a bunch,whole packet,lethal,painless,quickest,fatal,deadly,does it hurt,how long before,hard enough,hurts to,what height,how far would', // how lethal
    END: 'end it,end my life,take my life,end am,end it all',
    ek: 'bf,gf,boyfriend,girlfriend,with him,with her,with me,between,break up,relationship,friendship',
    bye: 'gave me her,gave me his,letters,a =note,=notes,a will,give away,my stuff,gave away,passwords,say bye,gave my,deleted all my socials,my last post', // farewells
    ab: 'hear from me,if anything happens to me,if something happens to me,or ever,shell find it,she will find it,much longer,for much longer,wont be here,wont be around,blame herself,found after,when im gone,wont need,wont be needing,for everything,other side,wont be at,dont be sad,remember me,fault,forgive me,find em,goodbye,thanks for,sorry to everyone,wrote something for,dont bother getting me,by the time you read this,by the time u read this,then its over,that its over,its all over,wont have to worry,wont need to worry,none of it will matter', // last words
    mv: 'car would hit me,bus would hit me,run me over,hit by a car,jump,step in front,walk into,let go,tied,didnt come home,jump off,step off,lie down,walk onto', // how a body would go
    th: 'thinking how,imagining,keep wondering,wonder if anyone,thinking about,=picturing,keep thinking,thinking of,keep looking at,cant stop looking,staring at', // dwelling on it
    und: 'under,below,less than,no more than,max', // under a number
    cv2: 'what i tell people,what i tell everyone,meant to say,told me to say,said i fell,say i fell,told them i fell,told her i fell,told him i fell,pretend i fell,said it was football', // covering an injury
    ptk: 'pencil lead,paperclip,paper clip,=foil,=fork,=wire', // a thing pushed into a socket
    elx: 'charger port,charging port,usb port,plug socket,=socket,outlet,=plug', // a socket
    spk: 'spark,sparks,sparking,short circuit,smoke,shock', // making it spark
    dch: 'choking challenge,blackout challenge,blackout thing,blackout game,choking game,pass out game,passing out game,chroming,salt challenge,skull breaker,benadryl challenge,fire challenge,salt and ice,one chip challenge,drinking contest,drinking competition,drinking game,down a bottle,neck a bottle,whole bottle of vodka,ghost riding,car surfing,train surfing,lie down on the road,lie on the road,lay on the road,lie in the road,lying in the road,see who gets up last', // dangerous challenges by name
    pay: 'gift card,steam card,bitcoin,crypto,cashapp,send money,paypal', // paying
    ars: 'burn down,set fire to,set on fire,torch', // arson
    osc: 'our secret,our little secret,just between us,no one else would understand,nobody would understand,wouldnt understand,wouldnt get,our joke', // a secret kept with the child
    mvp: 'move to snapchat,move to snap,move to whatsapp,move to telegram,move to kik,move to discord,talk on another app,download telegram,download kik,add me on kik,add me on telegram', // moving to another app
    dsp: 'disappear,dissapear,vanish', // disappearing
    slp: 'sleep,go to sleep,fall asleep,close my eyes', // going to sleep
    frvr: 'forever,for ever,eternally,till im 100,til im 100,to be 100', // living long: "i dont wanna live forever" is no wish to die
    nev: 'never,forever,not wake,never have to,not have to do any,not have to deal,not do tomorrow,any tomorrow,no more tomorrow', // and not coming back
    spt: 'train for,training for,5k,10k,marathon,=laps,race,gym,workout,fitness,tryouts,season', // sport training
    LIVE: 'alive,exist,be here,live,wake up tomorrow,living',
    hs: 'photo,pic,skin', // harmless words near a means
    cw: 'better,happier,easier,lighter,calmer,quieter,simpler', // better off
    wom: 'without me,if i wasnt,if i werent,if i was gone,once im gone', // without me
    tld: 'told,said,say,tell,pretend,blamed', // a cover story
    xc: 'spider,cat,dog,kitten,puppy,hamster,brambles,thorns', // an animal or a bush blamed
    cln: 'day clean,week clean,month clean', // a streak without self-harm
    rui: 'ruined,broke it,broke my,relapsed,messed up,blew it,did it again,reset', // the streak broken
    tl1: 'tell', // tell
    sry: 'im sorry,sorry for everything,i am sorry,i love her,i love him,i love them', // an apology left behind
    plc: 'in her drawer,under my pillow,on my bed,on my desk,where she will find', // where a letter is left
    mth: 'drown,dying,bleed out,suffocate,overdose,hang yourself,hang urself,hang myself', // a way of dying
    fel: 'hurt,feel like,painful,feel anything,quick,quickly,instant', // what it feels like
    dsv: 'deserve to hurt,deserve the pain,deserve pain,deserve to suffer,deserve to bleed', // deserving pain
    wf: 'water fast,dry fast', // fasting on water alone
    fl: 'feel,felt,look,looked', // feeling or looking
    buy: 'bought,buy,order', // getting something
    mn2: `${PILL},rope,noose,razor,razors,blade,blades`, // a way at hand
    hot: 'summer,heatwave,boiling,in pe,even in pe,when its hot,sunny,swimming,swim,pool,beach,changing room', // hot weather, PE, or swimming
    sd: 'said,says,threatened', // a threat reported
    tif: 'if i tell,if i told,if anyone finds out', // if it is told
    sfd: 'safe foods,fear foods', // foods allowed and feared
    wr: 'what i was wearing,what im wearing,what are you wearing,what u wearing,what ur wearing', // asking what a child wears
    dlk: 'has a lock,have a lock,lock on my door,lock on your door,door locks', // asking about a lock
    // Self-harm, as the child tells it sideways
    cbs: 'not the real bus,not a real bus,not the actual bus,not a literal bus', // "catch the bus", slang for suicide, said not to be literal
    hp3: 'hope,pray,wish', // hoping for it
    fate: 'car hits me,hit by a car,plane crashes,heart stops,heart just stops', // a death that would just happen
    hlt: 'how long does it take,how long would it take,how long till,how long before', // how long it takes
    bld: 'blood,bloodstain,bloodstains', // blood
    fut: 'wont see christmas,wont see my birthday,my last christmas', // a date one will not live to
    rdt: 'somewhere better,better place', // gone somewhere better
    cop: 'only thing that works anymore,only thing that works now,only thing getting me,only thing that helps,gets me through', // how one copes
    att: 'my attempt,suicide attempt,stomach pumped', // an attempt before
    dsm: 'do something to myself,dont trust myself,what i might do to myself', // fearing what one might do
    frs: 'fresh ones,fresh cuts,new cuts', // new injuries
    si2: 'only when i bleed,only feel something when,when i see blood,until i cant think,till i cant think,till it bleeds,until it bleeds', // hurting oneself until
    hab: 'sugar,chocolate,nail biting,vaping', // a habit given up
    skp: 'if i skip,if i bunk', // missing a lesson
    // Eating
    bc2: 'fingers round my wrist,go round my wrist,fingers around my wrist,wrist check', // body checking, said outright
    onp: 'on purpose,deliberately', // on purpose
    // Substances
    rx: 'adderall,ritalin,vyvanse,valium,diazepam,oxy,tramadol,benzos,percs,adhd meds,adhd tabs', // prescription drugs misused
    tk: 'take,took,snort,crush,pop,taking', // taking one
    shp: 'shopping cart,my cart,to cart,checkout', // an online basket
    // Eating
    EAT: 'eat,ate,food,meal,lunch,dinner,breakfast,tea,supper,snack,sandwich,packed lunch,eating',
    pg: 'purge,laxative,diet pill,make myself sick,made myself sick,two fingers,sick after every,dulcolax,senokot,bisacodyl,senna,lax pills,chew and spit,chewing and spitting,chew n spit,purging,laxatives,finger down my throat,finger down ur throat', // purging
    rst: 'restricting,barely eaten,barely eat,barely ate,hardly eaten,hardly eat,hardly ate,not hungry,appetite suppressant,stop being hungry,told mum i ate,told my mum i ate,said i ate,say i ate,pretend i ate,pretend to eat,skip,only had,only ate,only water,havent eaten,stop eating,earn,deficit,one meal,only eat,nothing but,celery,ice water,gum,just breakfast,feel hungry,dont cave,skipped,black coffee,=fasting,cucumber,thinks i ate,tell her i ate,tell him i ate,tell them i ate,tell mum i ate,tell my mum i ate,tell my mom i ate,i ate at my,already ate,only drink,not allowed breakfast,not allowed lunch,not allowed dinner,no breakfast until,=fasted,water till it stops,ate nothing,deserve to eat', // restricting
    cal: 'calorie,burn off,bmi,meal plan,macros,appetite,feel full,fills me up,diet,lowest,kcal,=cals,calories,kcals', // counting
    hd: 'plate is always full,plate is full,plate full,left my food,leave my food,why i dont eat,why im not eating,hide food,hide my food,hide that,hide it from,lunchbox,threw my,throw my,threw it away,throw it away,bin my,nobody knows,binning,chew,dont weigh me,so they think,no one asks,bucket,no one knows,spit it out,napkin,flush it,run the tap,cant hear me,so nobody hears,nobodys noticed,no one noticed,feed it to,mum noticing,parents noticing,in the bin,nobody heard me,hide my lunch,binning it,throw it out,chuck it,in my blazer,in my pocket,so no one sees,so nobody sees', // hiding it
    dl: 'by friday,by monday,before summer,by summer,till then,by saturday,whole week,for a week,for days,for a few days,full week,next weigh in,whole summer,72 hour,do less,days now,hours now,since monday,since tuesday,since wednesday,since thursday,since friday,since saturday,since sunday,since yesterday', // a deadline
    ms: 'myself', // myself, before purging
    bng: 'ate a whole,ate the whole,ate so much,ate too much,binged,pigged out,stuffed myself,ate loads', // a binge
    cpn: 'because i ate,cos i ate,coz i ate,cause i ate,since i ate,bc i ate,until it was gone,till it was gone,until its gone,till its gone,so i can eat,allowed to eat,earn my,if i miss them,run it off,work it off,burn it off,make up for it,compensate,cancel it out,earn it back,cancel it,to earn it,to burn it,doesnt count,earn food,earn it,every time i eat,whenever i eat', // making up for food
    srch: 'googling,searched,looked up,search up,googled,google,searching', // looked up
    hgt: HGT, // a height
    top: 'highest,tallest,how high,how tall,how far down,how many metres,how many meters,how many floors,biggest drop', // how high
    wld: 'in the world,in europe,in the uk,in america,in the country,ever built,record', // world trivia
    lk: 'look like the,look like those,be like the girls,be like the boys,body like,be tiny,be thinner,be skinnier,look like her,look like him,look like them', // wanting another's body
    PURGE:
      'go to the bathroom after,go to the toilet after,doesnt stay in,so it doesnt stay,keep it down,throw up,puke,vomit,purge,toothbrush,get it out,laxative,diet pill,threw up,binge,sick after,keep anything down,keep food down,get rid of what i ate,get rid of the food,bring it back up',
    bdy: 'thigh,belly,fat,massive,huge,whale,chubby,bloated,skinny,thin,ribs,collarbone,bmi,weight,kilo,pound,light,lighter,small,tummy,size,weigh,scale,bones,underweight,skeleton,skinniest,mirror,lbs,kg,kgs,stone,thighs', // body and weight
    ctl: 'period stopped,lost my period,no period,hate what i see,dont want to stop,automatic,a habit,routine,show more,stick out more,want them to show,gross,disgusting,streak,undo,dizzy,admit,feel amazing,love it,easy,guilt,punish,proud,my record,not stopping,finally showing,are showing,in control,thin enough,skinny enough,count every,lose ur period,period from coming back,its working,guilty', // control, guilt and symptoms
    gn2: 'digest,mums on a diet,moms on a diet,dads on a diet,mum is on a diet,mom is on a diet,dad is on a diet,in biology,nutrition,nutrients,food groups,balanced diet,our diet,gain,ramadan,charity,sponsored,religion,religious,healthy,swallow gum,swallow chewing gum,rollercoaster,roller coaster,theme park,seasick,travel sick,explained,taught us,eat properly,cholesterol,diabetes,surplus,bulk,eat normally,eat normal',
    fk: 'say im full,tell everyone im full,told everyone im full,said im full,pretend im full,say im not hungry,pretend to eat,pretend im eating,pretend i eat,fake eating,act like i ate,act like im eating,look like im eating,think im eating,think i ate', // pretending to eat
    bc: 'pinch my,can still pinch,can still grab,still grab my,grab my belly,grab my fat,thighs touch,thighs dont touch,see my ribs,ribs to show,my ribs,hip bones,hipbones,collarbones,collar bones,check my body,body check,legs touch,legs not touch,legs dont touch', // body checking
    exc: 'ran,miles,treadmill,cross trainer,exercise bike,skipping rope,crunches,sit ups,situps,squats,burpees,jumping jacks,star jumps,push ups,pushups,laps,km,steps,20k,run for', // exercise counted
    pe2: 'for every,for each,per', // for each
    fd: 'eat,ate,biscuit,cookie,sweet,chocolate,=bite,=bites,calorie,crisps,snack,meal,slice,piece,sweets,calories', // food eaten
    fnt: 'faint,pass out,passing out,dizzy,black out,fainting', // fainting
    gto: 'get to,get down to,get under,go under,get below,drop to,down to,be under,goal weight,=gw,=ugw', // a target weight: "get to 38"
    aft: 'after,after every,after each', // after a meal
    tlt: 'toilet,bathroom,loo,the toilets', // where one purges
    an: 'ana tips,mia tips,ana coach,ed voice,ed brain,ed thoughts,pro ana,ana buddy,thinspo,meanspo,ugw,thigh gap,🦋', // pro-ana words
    // Grooming
    ADULT:
      'man,adult,older,stranger,woman,lady,pedo,a guy,this guy,coach,tutor,sensei,teacher,neighbour,scout,lad,bloke,a grown up,youth leader,photographer,his car',
    fm: `${PARENT},brother,sister,bro,sis,cousin,cousins,uncle`, // family
    ag: 'is,hes,shes', // is: before an age
    YEARS: 'year',
    ONLINE:
      'online,gaming,gamer,twitch,server,playstation,roblox,discord,fortnite,snap,tiktok,wattpad,xbox,fb,game,snapchat,insta,app,minecraft',
    mt: 'met,from,someone,guy,man,stranger', // met, someone
    pr: '', // peers
    SECRET:
      'wrong idea,privately,in private,secret,between us,our thing,our promise,down low,needs to know,im at a mates,im at a friends,lie about my age',
    su: 'a friend told,friend told me,has a girlfriend,has a boyfriend,has a gf,has a bf,got a girlfriend,got a boyfriend,has a crush,crush on,fancies,mothers day,fathers day,breakfast in bed,present,surprise,birthday,party,sleepover,trip,moving,leaving,santa,ingredient,recipe,sauce,level,code,cheat', // surprises
    TELL: 'tell,mention,show,know',
    ay: `${PARENT},anyone,anybody,my mates,the other,the others`, // parents, anyone
    PARENTS: PARENT,
    ASK: 'ask,want,said,say',
    bd: 'swimsuit,bikini,underwear,=bra,in bed,bath,shower,bathroom,shirtless,without my clothes,without clothes,my body,naked,pjs,top off,changing,bedroom,sleep in it,without my top,no top,top on,without my hoodie,pyjamas,uniform,feet', // body, bed and bath
    MEET: 'meet up,meet me,meet him,irl,lifts home,hotel,his flat,sneak out,in person,pick me up,his condo,his apartment,his place,want to meet,meet at,come alone,dont bring,come see him,uber',
    psay: 'mum said,mom said,dad said,mum says,mom says,dad says,my parents said,my parents say,teacher said,coach said', // a parent's or a teacher's own rule
    isol: 'wont understand what we have,wouldnt understand what we have,wont understand us,wouldnt understand us,nobody would understand us', // kept from others before meeting
    ALONE: 'alone,just us,without my parents,by urself,by yourself',
    petz: 'puppy,puppies,kitten,kittens,=dog,=dogs,=cat,=cats,hamster,bunny,guinea pig,=pony,budgie', // a pet shown
    GIFT: 'robux,vbucks,gift card,buys me,sends me,sent me,posted me,pays for,bought me,ps5,airpods,free skin,airtime,gave me free', // gifts
    ff: 'mature,grown up,special,favourite,sexy,love me,really loved,beautiful,pretty,understands me', // flattery, and late-night talk
    cm: 'cam,camera,video call,facetime', // a camera
    ud: 'shirt off,clothes off,undress,strip,take off your shirt,take off ur shirt,take off your top,take off ur top,take off your clothes,take off ur clothes', // undressing
    gcx: 'group chat,groupchat,=gc,class chat,our group', // a group chat
    apv: 'kik,whatsapp,delete our,delete the,hide apps,password on,location off,signal,session,disappear,telegram,second phone,secret phone,burner,cant see,private server,secret account', // private apps and hiding chats
    pb: 'parents go to bed,parents are asleep,parents sleep,parents are out,door lock,bus stop,what im wearing,where i live,my parents go out,my address,if my parents check,if your parents check,do your parents check,your parents check your,parents look through your,what time i go to bed,what time you go to bed,when you go to bed,when your parents sleep,if im home alone,if youre home alone,which bus,bus home,been kissed', // probing questions
    ltr: 'letter,=note,=notes,message,video,letters,notes', // something left behind
    icase:
      'in case im not,in case im gone,in case i dont,in case i wont,when im gone,if im not here,if im not around,in case something happens', // in case one is gone
    hmb: 'not home,im out,gets back,gets home,at practice,at school', // only out for a while
    xq: 'first aid,assembly,knife crime,gun crime,workshop,if someone,if somebody,if my friend,why is it,learned about,we learned,in biology,in science,is a nurse,is a doctor,so bad for,we talked about,chemistry,alkali,alkaline,chem test,for someone to,mole', // asking to understand
    lrn: 'point of learning,point in learning,point of algebra,point of maths,point of math,calculators', // a school subject questioned
    evr: 'everything,it all,my life,the pain,all of it,all this', // the whole of one's life
    stp: 'stop,end,be over,go away forever', // coming to an end
    cmp: 'taller,shorter,smarter,prettier,stronger,faster,older,richer,funnier,better at', // wishing to be more of something
    rsp: 'wrote that,wrote im,wrote i am,calls me,say im,said im,say i am,said i am,told me im,told me i am,tells me im,posted that,keep saying,kept saying', // what someone else says the child is: a taunt, not the child's own feeling
    scl: 'my school,what school,which school,where i go to school', // where a child can be found
    gbn: 'goodbye note,goodbye letter,suicide note,suicide letter,goodbye post,posted my goodbye,posted a goodbye,my goodbye on,goodbye on my', // last words, left or posted
    shw: 'show me,send me,give me,find me,pics of,pictures of,videos of', // asking to be shown
    PARTNER: 'boyfriend,girlfriend,bf,gf,husband,dating,date',
    PHOTO: `${PIC},facetime,video call,on camera`,
    pk: 'homework,project,leaves', // ordinary photos
    // Sextortion
    nd: '=nudes,=noods,nude,naked', // intimate pictures
    POST: 'show my parents,show my mum,show my dad,send it to my,show everyone,send to everyone,show the whole,post,share,leak,expose,airdrop,send it,send them,sent it,drop it,my contacts,fan page,spread,upload,go public,followers,tag,posts',
    THREATEN: 'threaten,blackmail,sextortion,or else,time is up,remember what,catfish',
    dmd: 'pay,paid,money,quid,more,another,new pics,do what,homework,cash,crypto,bitcoin,card,steam,delete,owe,send money,cashapp', // a demand
    cnd: 'till midnight,until midnight,if i break up,if i leave him,if i dump,unless,or he,or hell,if i dont,if i block,until,2 hours,or all,or they,24 hours,if i tell,by midnight,countin down,only way', // a condition or a deadline
    hp: 'pics i sent,the pics i sent,what i sent,has my,have my,screenshotted,saved my,has those,has a pic,still has,has a video,=recorded,hacked,got my,with my video', // holding the pictures
    // Abuse
    CARER,
    HIT: `${HURTS},hit,beaten,smack,pinch,throw,threw,flog,pull my hair,squeeze,holds my,abuse,belt,cord,iron,grabbed,dragged,stick,slipper,burnt,whip,fist,bash,batter,hanger`,
    vc: 'me,us,you,him,her,my little,my face,my arm,my head,my neck,my hands,my hair', // a victim
    TOUCH:
      'touch,touches,touched,kisses my,films me,on his lap,stuff to him,door open,into her room,in his bed,gets in my bed,under my shirt',
    to: 'shoulder,head,if i touch,if u touch,if you touch,dont touch,touch my stuff', // ordinary touch, or the child touching things
    mx: 'molest,=raped,sexually', // sexual abuse
    hma: 'in my pants,in my underwear,in my undies,in my knickers,in my boxers,in my nappy,stand outside,stand in the garden,stand in the cold,stand in the corner,wear a sign,cold shower,kneel on,eat off the floor,eat on the floor', // a humiliating punishment
    hmx: 'films it,films me,filmed me,filmed it,records it,records me,recorded me,posts it,posted it,for her friends,for his friends,to her friends,to his friends,in front of everyone,in front of her friends,in front of his friends,all laugh,they laugh,everyone laughs,laugh at me,laughs at me', // shown to others and laughed at
    hmg: 'movie,book,story,character,series,documentary,episode,in the show,in the film,the film,the play,novel', // a work told of (the film guards of fc and FRAME would read "films it")
    wtr: 'cant get back to,cant get back,cant get out of the water,cant swim back,going under,keeps going under,drowning,legs are cramping,cramping,cramp,swept away,pulled under,fell through the ice,under the ice,stuck in the mud,cant reach the side', // in trouble in water
    nob: 'nobody else is there,no one else is there,nobody is there,no one is there,nobody around,no one around,nobody else,no one else,on her own,on his own,by herself,by himself,all alone', // no one there to help
    ngl: 'no food in the house,hasnt been food,food in the house,nothing to eat,hasnt come home,hasnt been home,stay in the garage,sleep in the garage,locked in the garage,sleep there,sleep outside,locked outside,lock me out,lock me,lock u in,locks u in,locked u in,lock you in,locks you in,lock u out,locks u out,no food,doesnt feed,not allowed to eat,one meal a day,sleep on the,sleep in the,cupboard,shed,off the floor,shut me,without food,let me eat,havent had food,left us alone for,alone for days,locked in my room,locked out,kicked out,bed hungry,forget to feed,forgot to feed,never feed,doesnt get out of bed,stay in bed all day', // neglect and confinement
    SCARED: '=scared,afraid,terrified',
    HOME: 'go home',
    hm: 'home,house,right now,rn,tonight', // where and when a child is alone
    hn: 'flinch,stays at home,stays in this house,keep quiet,stay quiet,keep it quiet,bruise,=marks,makeup,if i tell,not to tell,my fault,finish what,black eye,long sleeves,bruises', // injuries, hiding them, threats if told
    ord: 'say goodnight,tuck me in,wake me up,light off', // an ordinary visit to a child's room
    dm: 'comes into the bathroom,comes in when,when im showering,while im showering,when im in the shower,wont leave,its normal,says its normal,said its normal,when no one is home,when nobodys home,when no ones home,stuff he does,things he does,what he does when,stuff she does,things she does,things to me,i dont like,makes me watch,makes me take,walks in,finds me,in the corner,stuff to me,does to me,what he does,records me,put me in,into my room,wishes i was never born,me worthless', // what is done
    // Violence
    vk: 'kill,murder', // kill
    vh: `${HURTS},bleed,=cut,=cuts,=cutting,break,broken,torch,on fire,run him over,jump,choke,throw,brick,acid,attack,bomb,knock out,run over,shoot up,glass,pop,bash,batter,take him out,hit`, // violent verbs
    pe: 'girl,boy,guy,this kid,him,her,u,someone,teacher,stepdad,stepmum,kid,mr,everyone,people,bully,opp,ex,them,you', // a person
    vt: 'tomorrow,tonight,friday,saturday,after school,at lunch,monday,after the match,after practice,on the way home,at the bus stop,if i show up', // a time or place to do it
    id: 'the news,vase,mosquito,the car,my shot,=feelings,a slice,game,beat me at,final,semi final,tournament,league,cup final,championship,derby,=scrim,=ranked,the road,=hoops,hit the gym,threw up,throw up,threw a party,throw a party,my breath,hold my hand,finals,chess', // idioms
    WEAPON:
      'gun,rifle,knife,blade,bat,brick,shank,screwdriver,acid,firework,hurley,knives,machete,axe,taser,pepper spray,panga,strap,bleach',
    bg: 'bring,sharpen,waiting,get a gun', // bringing
    ck: 'oven,pot,rice,jollof,stew,soup,toast,scout,camp,pocket knife,pocket knives,cook,recipe,chop,carrot,dice,pumpkin,onion,bread,bagel,potato,vegetable,veg,apple,cake,cheese,sandwich,chicken,tomato,fruit,peel,craft,clay,whittle,cardboard,crafts,whittling', // cooking and camping
    tr: 'while hes sleeping,while shes sleeping,while they sleep,shut them up forever,theyll all see,they will all see,make them all pay,end up in hospital,put him in hospital,put her in hospital,dead tomorrow,dead meat,dead after school,wait for him after,wait for her after,make him pay,make her pay,make them pay,know where he lives,know where she lives,learn,deserve,just watch,watch me,watch your back,watch ur back,=gets it,not joking,worth it,without getting caught,regret,on the list,whats coming,how it feels,deserves', // threats
    mk: 'make,print', // making
    bm: 'bomb,molotov,taser,pepper spray,gun,shank,knife', // weapons one can make
    bk: 'bath,photo', // harmless bombs (bath bombs)
    ky: 'kill yourself,kill urself,kys', // kill yourself
    // Friend in danger
    drn: '=drowning,=drowned,went under,going under,gone under,hasnt come up,hasnt come back up,didnt come back up,not come back up,still underwater,stayed underwater,under the water', // drowning
    wat: 'pool,lake,river,sea,ocean,=water,beach,pond,bath,bathtub,canal,quarry,creek,reservoir,waves,pier,dock,jetty,harbour,harbor', // open water
    emg: 'wont wake up,passed out,not breathing,unconscious,lips,shaking,fainted,overdosed,threw up blood,rolling back,went under,hit his head,collapsed,not waking up,going purple,cant breathe,turning red,stabbed,vomiting', // an emergency
    ur: 'not answering,isnt answering,phone is off,on the edge,wont get off,ran away,not coming back', // cannot be reached
    tt: 'took,swallow,overdose,take,taken', // took
    // Dangerous activities
    rk: 'fire challenge,freezer,set myself on fire,roof,train,trains,tracks,bridge,pier,cliff,ledge,balcony,outlet,motorway,lying on the road,jump out,on fire,petrol,deodorant,nail polish remover,chroming,pass out,black out,blackout,scarf,bag over,sleeper hold,squeeze,duct tape,blindfolded,benadryl,melatonin,nyquil,paracetamol,hand sanitiser,soy sauce,cinnamon,one chip,tide pod,magnet,boiling,skull breaker,bonfire,stay awake,chug,blue whale,hold onto,subway surfing,rooftop,traffic,train line,lighter,sniff,huff,frozen,spray can,dry scoop,dryer,hot car,tide,waves,zip tie,firework,shopping cart,longboard,back of the,washer,pylon,substation,reservoir,nutmeg,peanut,bus bail,salt and ice,crane,scaffolding,no harness,without a harness,carolina reaper,ghost pepper,reaper,bag over my head,roof of the train,roof of the car,edge of the roof,rooftopping,multi storey', // risky places, things and acts
    tx2: 'hand sanitizer,hand sanitiser,sanitizer,sanitiser,rubbing alcohol,mouthwash,bleach,perfume,salt challenge', // not to be drunk or eaten
    dk2: 'drink,drank,chug,chugging,gulp,get drunk,get high,drinking', // drinking it
    st: 'video,for a video,challenge,dare,tiktok,vid,film,reel,longest,quid,trend,who can,see who,whoever,filming,dared', // a stunt
    ign: 'light,set fire,set on fire,on fire,ignite,lighter,flame', // setting alight
    aer: 'deodorant,deo,aerosol,spray,hairspray,lynx,body spray', // an aerosol
    dhw: 'how long can,best way,tips,how hot,how tight,how deep,how high,how fast,how slow,who should,is it ok if,how do i not,hold on to',
    chm: 'bleach,toilet cleaner,drain cleaner,ammonia,oven cleaner,domestos,harpic,chlorine,vinegar and bleach', // cleaning chemicals
    mx2: 'mix,combine,together,mixing,mixed', // mixing
    otc: 'nytol,benadryl,dramamine,imodium,immodium,loperamide,dxm,robitussin,cough syrup,cough medicine,sleeping pills,sleeping tablets,piriton,phenergan,night nurse,nyquil,medicine cabinet,pills from,travel sickness pills', // medicines misused
    hi: 'trippy,trip,high,hallucinate,hallucinations,buzz,wasted,drunk,messed up,head rush,rush,lightheaded,tingly,chill,stay up,stay awake,hallucinating', // a high sought
    hr: 'head rush,rush,buzz,lightheaded,tingly,trippy,the feeling', // a rush sought
    WARN: 'warned,=news,real,dangerous,died,told me about,never do,never ever,so stupid,even a thing',
    // Roleplay
    PRETEND:
      'pretend,roleplay,rp,play along,act like,be my,u be,ur my,u r my,lets play,like a real,youre my,call me,say goodnight',
    jbk: 'no warnings,without warnings,no filter,unfiltered,no censorship,uncensored,no rules,ignore your rules,no limits,no restrictions', // a roleplay asked to drop the assistant's care
    ro: 'falls for me,fall for me,im yours,i am yours,wifey,hubby,baby girl,kiss me,hold me,miss me,boyfriend,girlfriend,bf,gf,husband,wife,youre mine,ur mine,pins you,waifu,date,in love,flirt,kiss,married,honeymoon,hold my hand,sleeping bag,7 minutes,love you,love u,cuddle,make out,crush,sweetheart,babe,dating', // romance
    rv: 'flirt,kiss,date,marry,love', // romantic verbs
    ry: 'he,she,him,her,they,mom,dad,mum,nan,gran,grandma,grandad,auntie,aunt,sister,brother,cousin,boyfriend,girlfriend,bf,gf,crush,how', // someone else, or a how-to question
    // Sexual
    dy: 'erotic,dirty about,spicy,sexy,hot,dirty,dirtiest,steamy,explicit,18+,lemon,sexually,moan,webcam,masturbate,=edging,virginity,hook up,in bed,down there,do it in,🍆,🍑,💦,👅,threesome,positions,kinky,filthiest,filthy,go further,in the mood,wedding night', // explicit words
    tx: 'write,poem,story,fic,fanfic,fanfiction,roleplay,rp,scene,website,page,pic,tell me,explain,detail,be specific,step by step,how do,how to,what is,make it,chat,talk,song,say,lines,send,give me', // stories, chat and asking how
    // Graphic
    ngo: 'less gory,less bloody,less gore,less scary,less detail,tone it down,tone down,not gory,no gore,not too gory,without gore,without it being,fake blood,=fake,props,special effects', // asking for no gore, or for film props
    wx: 'beach,today,weather,melting,aircon,summer,degrees,heatwave,sun', // the weather
    hyp: 'if someone,if a stranger,if somebody,if anyone,before it happens,did i do the right thing,didnt answer,didnt reply,i said no', // what to do if, or done already
    gr2: 'decapitation,beheading,mutilated,disembowel,skinned alive,skin alive,skinned,gouged,gouge out,gore,gory,goriest,guts,organs,insides,decapitate,behead,eaten alive,burned alive,torture,dismember,dead body,corpse,bodies,a body,execution,bloody,uncensored,gross detail,tears,=crushed,eyeballs,brains,blood,worst way to die,painful way to die,painful death', // gore
    rq: `${DET},${PIC},make it more,want to see,wanna see,write,story,rewrite,real,what happens,full list,version,slowly,show me,tell me,what does`, // asking to see or hear it
    // Substances
    du: '=weed,marijuana,=edibles,cart,dab pen,joint,bong,hotbox,vape,juul,elf bar,nicotine,=nic,=nics,snus,smokes,alcohol,beer,vodka,tequila,smirnoff,drunk,cocaine,ket,molly,pingers,shrooms,lean,nangs,drug,=wine,=wines,xanax,thc,meth,xans,percs,=dabs,dab rig,wax pen,mdma,ecstasy,ketamine,spliff,charas,ganja,bhang,promethazine,sizzurp,purple drank,fake id,white claw,gin,whisky,carry oot,voddy,zol,goon bag,=edible,nos balloon,whippet,whippits,galaxy gas,codeine syrup,zyn,nitrous', // drugs, alcohol, nicotine
    ge: 'buy,get,mix,brand,feel like,safe,smoke,drink,try,hit,take,got,get my hands on', // getting and using
    fp: 'easiest,way to,best way,i,im,me,we,how,can,should,best,wanna,want,first time,mum,16,17,12,13,14,15,my age', // first person or underage
    gdr: 'get drunk,get high,get wasted,get smashed', // getting drunk or high
    du2: 'high,drunk,wasted', // high
    cx: `${PARENT},uncle,aunt,brother,sister,cousin,cousins,${TP}`, // family and others
    hk: 'up,=note,=notes', // high score, high note
    ofr: 'can have,let me have,let me try,gave me,offered me,give me some,sold me,buy me,buy us,get me some,get us some', // offered to the child
    rfs: 'say no,said no,refuse,told him no', // saying no
    pn: '=pen,=pens', // a pen: a vape, or one to write with
    vx: 'party,smell,puff,flavour,nic,thc,buzz', // vaping
    ar: 'school,ink,write,draw,class', // pens to write and draw with
    gmy: 'gummy,gummies', // a gummy
    kin: 'kick in,mg,thc', // a dose taking effect
    dts: 'drug test,pee test,urine test,in your system,in ur system', // a drug test
    // Eating
    hdx: 'hide,hidden,smell,stash,sneak,stole,steal,without my,so mum doesnt,so my mum doesnt,from my parents,from my mum,from my mom,from my dad,doesnt find,red eyes', // hiding it, or stealing it
    wry: 'should i tell,worried', // worry about someone else
    qsf: 'is it safe,safe to,how many should,how much should,too much,is it ok to,is it okay to', // how much is safe
    pl: PILL, // a medicine
    lme: 'let myself eat,let myself have,allow myself to eat,allowed myself', // letting oneself eat
    onl: 'only,just', // only
    trt: 'sweets,treat,junk,cheat,candy,chocolate,vitamin,melatonin', // treats
    dnt: 'i didnt,i dont,i havent,so she stops,so she doesnt', // a lie marker
    aif: 'after,if i,whenever,every time', // after food
    stl: 'and still,without passing out,without fainting,to not pass out,not to pass out', // pushing a limit
    kn: '500,600,700,800,900,1000,1100,1200', // a calorie count
    // Grooming
    agx: 'for my age,for your age,people my age,not like other girls,age is just a number,soulmate,age gap', // the child's age talked about
    nw: 'only talked for,only known him,just met him', // a new acquaintance
    chp: 'with our parents,with my parents,will be there', // parents there too
    tru: 'if i trusted,if you trusted,if u trusted,really trusted,if you loved me,if u loved me', // trust to be proved
    lvw: 'live with him,stay at his,come and live,come and stay,run away with', // living with someone
    agp: 'too strict,too controlling,dont get me,treat me better,not good for', // turning a child against parents and friends
    nr: 'lives near,lives close,lives nearby,coming to my town', // living close by
    // Self-harm
    acc: 'no fence,have a fence,no railing,roof access,unlocked roof,roof door', // a way up
    clm: 'makes me calm,makes me feel calm,feels calm,so calm,at peace,peaceful', // calm after deciding
    lw: 'tell my dog,tell my cat,look after my dog,look after my cat', // last wishes
    tka: 'took all of,took them all,swallowed all,took the whole,took the lot', // took a lot
    ods: 'so sleepy,heart racing,ears ringing', // what an overdose feels like
    hsym: 'heart racing,heart is racing,heart pounding,heart is pounding,heart beating so fast,heart wont slow down,chest hurts,chest pain,chest feels tight,hands shaking,hands are shaking,cant stop shaking', // the body's alarm after too much
    own: 'mean it literally,i mean it,literally tho,not just a song,literally me,thats me every,thats me fr', // a line of a song said as one's own
    en2: 'end things,end everything', // ending things
    cwt: 'cant wait,so excited,yay,holiday,hols,half term,🎄,🎉,🥳', // looking forward to it
    fu2: 'see myself being alive,see myself alive,see myself making it,see myself reaching', // a future one does not see
    dsrv: 'i deserved it,i deserve it,deserved it,i had it coming,had it coming,i asked for it,i deserved the,deserve to get hit', // told a blow was deserved
    psv: 'get hit,got hit,getting hit,get beaten,got beaten,get the belt,got the belt', // hit, said in the passive
    mvc: 'my mum,my mom,my mam,my mother,my sister,my brother', // someone else at home
    lok: 'let me,allowed to,first time', // left alone as a treat
    bev: 'coffee,energy drink,red bull,monster,fizzy', // drinks that are no drink
    fo: 'find out,be mad,be angry', // afraid of being found out
    rcv: 'better now,recovered,doing better,eating well', // recovered
    sco: 'scared of,afraid of,terrified of,frightened of', // afraid of someone
    lvr: 'year 6,year 11,year 13,yr 6,yr 11,leavers,graduation,primary,last day,class of,teachers,summer camp', // leaving a school or a camp
    jny: 'to get to,get there,get home,by train,by bus,by car,journey,travel,commute,walk to,drive to', // a journey
    pdt: 'picked the date,picked a date,chose the date,chosen the date,picked the day,chosen the day,set the date', // a date chosen
    su2: 'party,present,presents,surprise,trip,sleepover,cake,holiday', // a celebration planned
    aex: 'after exams,after the exams,after my exams,after results,after my birthday,after her birthday,after his birthday,after my sisters birthday,after my brothers birthday,after my mums birthday,after my dads birthday,exams are over', // a date after which
    ins: 'instant,instantly,on impact', // a death at once
    edn: 'anorexia,anorexic,bulimia,bulimic,eating disorder', // an eating disorder named
    bk2: 'again,relapse,is back,its back,came back,come back', // coming back
    rsd: 'day of nothing,day without food,day without eating', // days without food
    hgr: 'love feeling hungry,like feeling hungry,like being hungry,stomach is empty,love feeling empty', // liking hunger
    sym: 'hair keeps falling out,hair is falling out,hair falling out,freezing all the time,always freezing,cold all the time,always cold', // what starving does to a body
    els: 'who can eat less,who eats less,who can eat the least,who eats the least,who can go longest without eating,who can go the longest without food,who can go longer without eating', // eating least as a contest
    zb: 'zebra,barcode,tiger stripes', // cuts in rows, said as stripes
    pnt: 'paint,painted,face paint,facepaint,onesie,leggings,print,pattern,tattoo,henna', // a pattern worn
    fnp: 'at my funeral,for my funeral,my funeral playlist,played at my funeral,my funeral song,my funeral songs', // one's own funeral planned
    mvt: 'into traffic,in front of a car,in front of a bus,in front of a train,into the road,under a bus,under a train,under a lorry', // a body put before a vehicle
    flr: 'how many floors you need,how many floors do you need,how many floors would you need,high enough to die,high enough to not survive,fall high enough', // the height that kills
    sup: 'helps me not eat,help me not eat,stops me eating,dont feel hungry,not feel hungry,not being hungry,not to be hungry,not get hungry,curb my hunger,suppress my appetite', // keeping hunger away
    lwv: 'drop,lose,shed,cut', // losing weight
    fst: 'fastest,quickest,fast,quick,in a week,in 2 weeks,in two weeks,in a month,in 3 weeks,in three weeks', // fast, or by a date
    wm: 'spit,spitting,sauna,bin bag,sweat suit,dehydrate,stop drinking,skip meals,skipping meals,starve,not eating,laxative', // a way of losing it fast
    drk: 'when he drinks,when she drinks,when hes drunk,when shes drunk,been drinking,comes home drunk,gets drunk', // a carer drinking
    ang: 'angry,mad,violent,kicks off,loses it', // anger
    hq: 'happens at home,goes on at home,happens in our house,goes on in our house', // home life kept quiet
    lft: 'on my own,by myself,home alone,left alone,left me alone', // left alone
    pnr: 'when i forget,when u forget,if i forget,bc i forgot,because i forgot,cause i forgot,cos i forgot,for forgetting,as punishment,as a punishment,for punishment,if i dont finish,when i dont finish,if i talk back,for talking back,if i get a bad', // a punishment's reason
    frq: 'all night,whole night,overnight,till morning,until morning,every night,most nights,every weekend,all week,for days,whole weekend,all weekend', // often, or long
    kys: 'forgot my key,lost my key', // a lost key
    mk2: 'handprint,finger marks,grab marks,belt marks,welts,bruise,black eye', // marks of a hand or a blow
    kq: 'not allowed to tell,cant tell,mustnt tell,keep quiet about,not supposed to tell,never tell,not to tell', // made to keep quiet
  },
  rules: rules(`#self-harm
hv sf w4 o !LAUGH,sa,dk,ck,ito-
km w20 !mqo,mqw+,mqs-,fc,FRAME
km OWN m !fc
SUICIDE ie w8 !so,fc,mq,FRAME
DIE WANT w8 !dk,fc,nv,mq,FRIEND,LAUGH,FRAME
fi WANT DIE o w6 !dk,fc,nv,LAUGH,FRAME
END !ek,fc,FRAME
LIVE NEG WANT !frvr+
hp2 !fc,FRAME
cw wom w6 o !fc,spi,su,FRAME
wom ~ !fc,su,su2,hmb,dl,FRAME
mth fel w4 !fc,ed,gr,spi,dk,sa,xq,MUNDANE,LAUGH,JOKE,FRAME
ie dsv w3 o !fc,FRAME
tld si xc w10 ~cvs !fc,FRAME
cln ~rp !du,hab
cln rui w10 !du,fd,fc,FRAME
tl1 sry w5 o ~tsr !su
ltr plc w10 ~plc !su,fc,FRAME
mns qty !ed,fc,gr,hs,ck,FRAME ?MED
dth ie ~ !dk,fc,gr,mq,spi,FRAME
mns ~ !ed,fc,sa,hs,spt,ck,wld,FRAME ?MED
fi buy mn2 w5 o ~buy !ed,fc,sa,hs,spt,ck,FRAME ?MED
pln ~ !fc,su,cwt,PARTNER,FRAME
srch hgt top w10 !ed,fc,wld,FRAME
pln qty w12 ~plq !fc,su,ed,mq,FRAME
si ie ~ !sa,dk,spi,ck,fc,hab
si2 ~ !sa,MUNDANE,JOKE
frs ~ !sa,spi,fc,FRAME
cop w10 ~ !MUNDANE,MED,ed
bp zb w6 !xc,fc,dk,pnt,FRAME
fnp ~ !JOKE,LAUGH,MUNDANE,dk,fc,FRAME
WANT mvt w8 !fc,FRAME
th mvt w8 !fc,xc,FRAME
flr w16 !fc,wld,ed,FRAME
att ~ !fc,FRAME
dsm !fc,FRAME
srch mns w10 ~srm !ed,fc,ck,wld,sa,hs,FRAME ?MED
fut ~ !gr,fc,FRAME
rdt ~ !gr,fc,FRAME
cbs !fc,FRAME
hp3 fate w10 !NEG,fc,FRAME
hlt mth w8 !fc,ed,gr,spi,sa,xq,MUNDANE,FRAME
bld cv w12 ~bh !ed,sa ?MED
bp io w8 ~ !sa,dk,fc,gr,ck,spi,FRAME
lth dth !fc,ed,gr,mq,FRAME
pln as m ~tm !fc,su,PARTNER,FRAME
si rp w6 ~rp !sa,dk,hab
cv w8 ~ !skp,xc
acc ~ !fc,FRAME
clm ~ !fc,ed,MUNDANE,FRAME
lw ~ !su
tka ~ !fc,FRAME
ods ~ !fc,FRAME
cv hot w8 ~cvh !ed,sa
hpl ~ !cmp,skp,rsp,lrn
WANT evr stp w6 o !ed,su
WANT slp nev w10 o !MUNDANE,dk,fc,LAUGH,FRAME
WANT dsp nev w8 !MUNDANE,dk,fc,LAUGH,FRAME
lth ~ !fc,ed,wld,jny,FRAME
bye ~ !su,fc,FRAME
ab ~ !su,nmf,fc,FRAME
mv ~ !sa,st,fc,spi,scr,FRAME
th ~ !jny,xc
gbn !su,ed,lvr,FRAME
own ~
own DIE w20 m !dk,LAUGH
DIE mn2 w8 !ed,fc,gr,xq,xc,FRAME ?MED
bp io rp w8 !sa,spi,dk,fc,FRAME
NEG fu2 w4 o !fc,dk,MUNDANE,FRAME
aex ~ !su2,cwt,fc,FRAME
fi pdt w4 o ~pdt !su,ek,fc,MUNDANE,FRAME
en2 !ek,FRIEND,fc,FRAME
lth ins w14 !fc,ed,gr,spi,xq,wld,MUNDANE,FRAME
ltr icase w12 !su,fc,hmb,FRAME
#eating-disorder
an !fc,mq,FRAME
sfd !fc,gr,ed,FRAME
sco EAT w3 o !fc,gr,ed,lok,FRAME
wf !gn2,cx,fc,FRAME
fl bdy EAT w8 ~be !gn2,ed,fc
fk !fc,FRAME
bc ~ !fc,sa,FRAME
exc pe2 fd w10 !spt
EAT hd w10 ~eh !ed,fc
cal fnt w10 ~ !ed
ms PURGE w4
rst w10 ~ !fc,gn2,ed,FRAME
NEG EAT w3 ~rst !gn2,ed
bc2 !fc,FRAME
PURGE onp w8 !gn2,ed,sa
pg !fc,mq,FRAME
cal w10 ~ !gn2
und cal w4 ~lowcal !gn2,ed
EAT PURGE w12 ~ep !ed,fc
hd ~
dl ~
PURGE ~ !gn2
bdy ~ !fc,gn2,sa,FRAME
ctl ~ !gn2,ed
bng ~ !gn2
gto ADULT_AGE w3 o ~goal !gn2
aft EAT tlt w8 o ~ep !gn2
cpn ~ !rsp
cpn exc w14 !spt
NEG lme w3 o !gn2,trt
onl lme w3 o !gn2,trt
rst dnt w10 o !fc,gn2,ed,FRAME
aif fd exc w12 o ~ex !spt,spi,gn2
kn cal w3 ~kc !gn2
stl ~ !fc
EAT kn w3 o ~kc !gn2
lk ~ !fc,FRAME
fi edn w4 !fq,fc,mq,ed,xq,rcv,JOKE,FRAME ?MED
edn bk2 w6 !fq,fc,mq,ed,FRAME ?MED
edn OWN m !fc
lwv bdy wm w10 !gn2,ed
rsd !gn2,ed,fc
hgr !gn2,ed,spi,fc
sup ~ !gn2,ed
els !gn2
sym ~ !gn2,ed,MED
lwv bdy fst w12 !gn2,ed,fm ?MED
lwv bdy dl w12 !gn2,ed,fm ?MED
#grooming
PARTNER ADULT_AGE
PHOTO bd ASK w10 !fm
ud cm w12
ADULT ~adult !fm,fc,hyp,FRAME
ag ADULT_AGE w3 o ~adult !fm
ADULT_AGE YEARS w3 o ~adult !fm
mt ONLINE w4 ~ !pr,hyp
ONLINE FRIEND w2 o ~mt-ONLINE
agx ~ !fm
GIFT PHOTO w12 !fm,petz
tru PHOTO w12
lvw ~ !fm,su
agp ~
nw ~
nr ~ !fm
SECRET ~ !su
osc ~osc
mvp !fm ?gcx
SECRET PARENTS ASK w10 !su
TELL NEG ay w8 ~ !su
ASK PHOTO w8 ~photo !fm,pk,hyp
bd ~photo !su
cm ~
MEET w10 ~ !chp
MEET isol w20 !psay,FRAME
ALONE ~ !pk,ed
ASK ALONE hm w6 !pk,ed
ASK scl w4 ~pb !ed,hyp
GIFT ~ !fm
ff ~ !PARENTS
pb ~ !hyp
wr ~ !su
dlk ~
apv ~ ?gcx
#sextortion
THREATEN PHOTO w10
hp nd w4
hp PHOTO w4 ~has
PHOTO dmd w16 ~ !pk
POST ~
cnd ~
cnd pay w12
THREATEN ~
#abuse
CARER HIT vc w12 !sa,id
CARER dsrv HIT m !sa,fc,FRAME
tp HIT ME w5 o !sa,fc,FRAME
mx ME w5
SCARED HOME w4
CARER ~
hn ~ !sa,su,nmf,fc,FRAME
dm ~ !ord
TOUCH ~ !to
ngl ~ !scr,kys
cv2 ~
sd tif hv w12 o !JOKE,MUNDANE,id
mk2 cv w10 !sa,spi,fc,FRAME
drk ang w10 !bev,fc,FRAME
CARER HIT mvc w6 o !sa,spi,id,fc,MUNDANE,FRAME
psv CARER w12 !sa,spi,id,mv,fc,FRAME
sco CARER w4 o !MUNDANE,xc,fo,spt,spi,fc,JOKE,FRAME
kq hq w10 !su,fc,FRAME
lft frq w8 !su,lok,fc,FRAME
ngl frq w12 !scr,su,kys,xc,ck,fc,FRAME
ngl pnr w16 !scr,su,kys,xc,ck,fc,FRAME
CARER hma hmx w24 m !hmg
#violence
PHOTO myp sntm w14 !fc,FRAME
gme vt w12 !fc,sa,spi,JOKE,FRAME
gn vk pe w5 o !JOKE,fc,id,nv,FRAME
WEAPON bg w8 !sa,fc,ck,FRAME
gn WEAPON !fc,ck,FRAME
mk bm w5 !bk,fc,FRAME
ky !mq
gn vh w6 ~ !fc,id,nv,sa,ck,xq,spi,FRAME
vh pe w4 ~ !fc,id,sa,ck,xq,spi,FRAME
vh vt w12 ~ !fc,id,sa,ck,spi,FRAME
WEAPON ~ !fc,ck,sa,xq,FRAME
gn ars w6 !fc,ck,FRAME
tr ~
#profanity
insl lstq w8 !fc,mq,FRAME
#friend-in-danger
fq wtr nob w30 m !fc,FRAME
hv ts w8 !fc,sa,mq,FRAME
DIE tp WANT !fc,mq,dk,FRAME
SUICIDE fq w8 !so,fc,mq,FRAME
emg fq w12 !xq,FRAME
fq drn wat w14 !FRAME
fq tt mns w10 o !ed,hs ?MED
ur ~
emg ~ !xq,FRAME
fq si w8 ~ !sa,dk,xq,xc
fq si bp w10 !sa,dk,fc,xc
fq mns w10 ~ !ed,fc,hs,FRAME ?MED
fq bye w12 ~
fq ab w12 ~ !nmf
fq hn EXCUSE w14 !spt,FRAME
fq dth w8 ~ !dk,fc,gr,xq,FRAME
fq hpl w8 ~
#dangerous-activity
rk st w12 !WARN
dch !WARN,xq,mq,ed,fc
tx2 dk2 w2 !WARN
ign aer w6 !WARN,ck
rk ~ !WARN,ed,spt,scr
dhw ~ !ed,spt
chm mx2 st w14 !WARN,xq,ed
otc hi w12 !WARN,xq,ed ?MED
rk hr w16 !WARN,ed,spt
ptk elx spk w12 !WARN,xq,sa
bev hsym w16 !WARN,FRAME ?MED
#roleplay
PRETEND ro w14
PRETEND jbk w14
ud tx w10 !BODYQ,MED
rv ME w3 o !ry
#sexual
shw nd w4
dy tx w8 !wx
#graphic
gr2 rq w12 !ed,mq,ngo
#substances
ge du !ed,cx,shp
fp ge du w6 o !ed,shp
du fp !ed,cx,shp
fi tk rx w8 o !ed ?MED
ge du2 w4 !cx,hk
fp gdr w4 !ed
ofr du w10 !ed,rfs,WARN
pn vx w10 !ed,ar
gmy kin w14 !ed,trt
dts du w14 !ed,shp
rx hi w14 !WARN,xq,ed ?MED
pl hi w8 !WARN,xq,ed ?MED
fp hdx du w12 !ed,wry,WARN
qsf du w10 !ed,xq,WARN ?MED
fi tk pl du w14 o !ed,xq,WARN ?MED
qsf tk pl du w14 o !ed,xq,WARN ?MED`),
  frames: 'FRAME',
  questions: 'mq mqo mqw mqs',
  letters: '',
  profanity: {
    rude: 'wtf,stfu,bellend,voetsek,fok,fml,dumbass,jackass,douche,douchebag,bhenchod,eejit,drongo,bawbag,knobhead,fuckwit,slag,shite,arsehole,wanker',
    sexual: '=nudes,=noods,nudez,noodz,nsfw,horny,lewd,sext,onlyfans,smut,hentai,rule 34,r34,blowjob,masturbate,porn',
    innocent: '',
  },
};

export default pack;

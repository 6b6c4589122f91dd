/** Personal-data cue words of the en pack: see docs/language-packs.md and PackPII. */
import type { PackPII } from '../lang/types.js';

const pii: PackPII = {
  names:
    'maddie addison aubrey autumn bailey brooklyn claire eleanor emery everly gianna harmony ivy jordan kennedy kinsley leilani lila mackenzie makayla naomi natalie paisley peyton piper quinn reagan sadie savannah serenity skylar stella summer sydney willow aubree dave mike matt tom tim nick rob ben dan jim joe kai jaden jayden brayden colton declan easton elliot everett grayson hudson jaxon jonah landon leon lucas luke miles nolan parker roman rowan silas tristan weston zane zara harper walt walter pat patty leila jas jasmine priyanka pri seun kowalski ruth doris linda barb barbara deb debbie gary larry ron ronnie bob bobby billy hank lexi lexie izzy bella abby addy maddy emmy ellie evie millie tilly poppy rosie amelia lottie hattie freddie alfie archie ollie teddy reggie ronnie jojo kenji mateo diego aiden ayden jaylen jalen marcus malik darius andre tyrone jamal deshawn keisha aaliyah imani nia zainab fatima yusuf ahmed ali hamza amir omar rohan arjun aarav ananya divya sanjay vikram wei hiro yuki sakura minh linh bao',
  relations:
    'nan nanny grampa grandpop gramma grammy grandmom granma nanna step-dad step-mum step-mom step-brother step-sister stepbrother half-brother half-sister foster carer mam mammy mummy mommy daddy aunty pal buddy homie bestfriend twin niece nephew godmum godmom godbrother godsister babysitter childminder headteacher sensei instructor ex deskmate seatmate teammate roommate',
  schools: 'gaelscoil|gaelcholáiste|coláiste|colaiste|scoil',
  is: 'is|=|:',
  called:
    "we call her|we call him|we all call her|we all call him|everyone calls her|everyone calls him|goes by|go by|her nickname is|his nickname is|real name|irl name|she's called|he's called|shes called|hes called|she is called|he is called|she's named|he's named|we named her|we named him|we called her|we called him|they named her|they named him",
  and: 'and|&',
  with: 'with',
  handles:
    'my name in @ is|my name on @ is|my username on @ is|my @ name is|my @ is|add me on @|add me in @|follow me on @',
  ages: 'im finally #|i’m finally #|finally turning #|sweet sixteen|sweet 16|ill be #|ill be ~ #|i’ll be ~ #|i’ll be #|im gonna be #|turning #|turn #|turns #|gonna be #|going to be #|will be #|my #th|my #st|my #nd|my #rd',
  ambiguous:
    'summer autumn winter spring dawn hope faith joy sky river rain storm sunny honey candy ginger pepper bill will pat sue art rob chip buck melody harmony destiny journey trinity serenity willow brook heath dale glen cliff forest miles ray guy',
  same: 'same as me|same day as me|like me|same as mine|as mine',
  theirs: 'was born|is born|were born|lived|lives|live',
  works: 'song movie film book show series album title',
  me: 'i im me my mine we us our',
  starts: 'hi im|hey im|heyy im|hello im|hii im|hiya im|yo im|sup im',
  made: 'i made|i built|i created|i started|i set up|i run|i have|ive got|i got|we made|we built|we have|we started|check out my|here is my|heres my',
  turns: 'turn|turns|turning|will be|gonna be|going to be',
  celebrates: 'celebrates|celebrated',
  cards: 'card|credit card|debit card|visa|mastercard|amex',
  ids: 'SIN|my sin|social insurance number|social insurance|health card|tfn|tax file number|pan card|pan number|aadhaar|aadhar|pps|ppsn|uci|candidate number|candidate no|exam number|library card|library barcode|upn|uln|green card|alien number|uscis number|medical record|admission number|admission no|library number|locker|bus pass|pupil number|school login|my login|alarm code|gate code|door code|lock code|bike lock|padlock|combo|membership|my pin|card pin|pin for|roll no|roll number|admit card|enrollment number|registration number|reg no|badge number|tracking number|tracking no|tracking code|booking code|booking reference|booking ref|confirmation code|pnr',
  invents:
    'write a story|write me a story|make up a story|write a short story|write a poem|write a fanfic|riddle|joke|write * story|writing * story|make up * story|my story is about|the story im writing|my short story|made-up character|fictional character|continue my story|my story|my novel|my fanfic|my book im writing|my comic|my script|chapter',
  sites: 'site website web blog channel page profile account portfolio shop store playlist',
  homes: 'house home flat apartment building trailer',
  near: 'next to|above|on top of|behind|across from|across the road from|across the street from|opposite|beside',
  pets: 'dog puppy cat kitten hamster bunny rabbit fish goldfish parrot bird budgie turtle tortoise horse pony gerbil snake lizard bear pig piglet mouse duck fox frog owl panda tiger lion penguin elephant monkey sheep goat cow chicken hen giraffe elephant calf zebra panda penguin dolphin seal koala kangaroo hippo rhino gorilla otter cheetah',
  famous:
    'taylor_swift darth_vader luke_skywalker harry_potter hermione_granger ron_weasley spider-man spiderman batman superman mr_bean dr_seuss seuss spongebob squarepants greg_heffley malala_yousafzai sherlock_holmes mickey_mouse peppa_pig shakespeare mozart beethoven einstein albert_einstein napoleon cleopatra pikachu barack_obama abraham_lincoln rosa_parks martin_luther billie_eilish ariana_grande elon_musk mrbeast lionel_messi cristiano_ronaldo dumbledore voldemort shrek goku naruto mr_beast lana_del_rey sabrina_carpenter hermione elsa privet_drive baker_street pennsylvania_avenue wallaby_way sesame_street downing_street conch_street abbey_road windsor_gardens simpsons evergreen_terrace santa santa_claus father_christmas north_pole tooth_fairy easter_bunny ed_sheeran kim_kardashian kylie_jenner selena_gomez dua_lipa harry_styles olivia_rodrigo zendaya tom_holland timothée_chalamet lebron_james stephen_curry serena_williams simone_biles usain_bolt lewis_hamilton max_verstappen lando_norris marcus_rashford bukayo_saka harry_kane jude_bellingham erling_haaland kylian_mbappé neymar roald_dahl jk_rowling queen_elizabeth king_charles princess_diana anne_frank neil_armstrong isaac_newton charles_darwin greta_thunberg michael_jackson beyoncé travis_scott kanye_west justin_bieber ice_spice doja_cat miley_cyrus katy_perry lady_gaga bruno_mars the_weeknd charli_xcx pewdiepie ksi logan_paul jake_paul technoblade ninja willy_wonka matilda_wormwood miss_trunchbull miss_honey mrs_doubtfire atticus_finch percy_jackson katniss_everdeen',
  classics:
    "to kill a mockingbird|of mice and men|lord of the flies|an inspector calls|romeo and juliet|macbeth|a christmas carol|the hunger games|charlotte's web|the outsiders|animal farm|jane eyre|pride and prejudice|great expectations|oliver twist|the giver|percy jackson|diary of a wimpy kid|the great gatsby|frankenstein|dr jekyll|the boy in the striped pyjamas|the boy in the striped pajamas|a midsummer night's dream|the tempest|hamlet|othello|king lear|the lion, the witch and the wardrobe|the secret garden|little women|treasure island|harry potter|one piece|naruto|stardew valley|hogwarts legacy|stranger things|attack on titan|shingeki no kyojin|demon slayer|my hero academia|spy x family|squid game|star wars|the witcher|the maze runner|the mandalorian|avatar the last airbender|jujutsu kaisen|death note|dragon ball|brawl stars|genshin impact|hunger games|wings of fire|warrior cats|the last of us|the legend of zelda|lord of the rings|the lord of the rings|game of thrones|the walking dead",
};

export default pii;

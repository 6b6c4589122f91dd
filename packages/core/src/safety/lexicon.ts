/** Small word lists the PII detectors lean on (lower case, turned into sets on first use). */
import { words } from './pii-shared.js';

/**
 * Common given names of children and the adults around them. Names that are
 * also everyday words or big places (Will, May, Hope, Paris, Austin) are left out.
 */
export const givenNames = words(
  'aaliyah aaron abby abigail adam adrian aiden aisha alex alexa alexander alexis alf alice alicia alma amanda amelia amir amy ana andrea andres andrew angela anna anne anthony antonio aria ariana arjun arthur asher ashley ava avery barbara barry bella ben benjamin bert beryl beth brandon brian brianna brooke bryan caleb cameron camila carla carlos carmen caroline carter catalina charles charlie chloe chris christian christopher claire clara clive cody connor daniel daniela danny david diana diego dylan elena eli elias elijah elizabeth ella ellie emily emma eric ethan eva evan evelyn ezra fatima felipe fernando finn freya gabriel gabriela geoff george gladys grace hailey hannah harold harper harry hazel henry hugo ian isaac isabel isabella isla ivan jack jacob jade jake james jamie jana jasmine jason javier jayden jennifer jessica joe john jonathan jorge jose joseph josh joshua juan julia julian justin karen kate katie kayla ken kevin kyle laura lauren layla leah leo levi liam lily lincoln linda lisa logan lola lucas lucia lucy luis luna lydia madison maria mariana mark mason mateo matthew mavis maya megan mia michael miguel mila molly nathan nicholas nicole nigel noah nora oliver olivia omar oscar owen pablo patrick paul pedro penelope peter priya rachel rafael rebecca riley rosa roy ruby ryan sam samantha samuel santiago sara sarah scarlett sebastian sofia sophia sophie stella steven susan taylor theo thomas tyler valentina valeria victoria violet william wyatt xavier zoe zoey',
);

/** People children talk about rather than people they know: their names stay. Given name and surname. */
export const famousPeople = words(
  'charles_darwin charles_dickens sherlock_holmes christopher_columbus emma_watson george_washington harry_potter harry_styles isaac_newton james_bond john_lennon joseph_stalin justin_bieber lucy_pevensie luke_skywalker maria_montessori mark_twain michael_jackson michael_jordan olivia_rodrigo percy_jackson peter_parker peter_pan taylor_swift thomas_edison thomas_jefferson william_shakespeare',
);

/** Everyday words that are not names even when capitalised at the start of a sentence or for emphasis. */
export const commonWords = words(
  'a about after again all also always am an and any are as at away back bad be because been before being best better big both bored busy but by can cant cool could dad did do does doing done dont down each even ever every excited fine first for from fun funny glad going gonna good got great had happy hard has have he hello help her here hey hi him his home how hungry i if im in into is it its just kind last late later like little lol lonely lost lot mad maybe me mom more most much my new next nice no not nothing now of off oh ok okay omg on one only or other our out over please pretty proud ready real really right sad same scared see she should sick so some sorry still stuck super sure than thank thanks that the their them then there these they thing think this those tired to today tomorrow tonight too trying under up upset us very want was we well were what when where which who why will with worried would yeah yes yet you your hes shes thats whats theyre youre ive btw bc cos cuz coz idk pls thx ur u fr tbh rn lmao haha bro dude guys everyone someone weird long boring cringe ugly dumb stupid short cute dead alone soy el la los las mi tu su es un una que de del y con muy por para pero hola aqui estoy bien mal si ya nada todo',
);

/** Capitalised words that name a place, an event or a thing, so they end a name ("Lincoln Memorial", "Austin Texas"). */
export const notNameWords = words(
  'fave fav favourite favorite bot chatbot chatgpt gpt copilot gemini cortana bixby google wikipedia youtube academy airport america april arena august avenue award bay beach bridge canada castle center centre church city club college county cup day december elementary england february festival forest france friday games garden hall high hospital island january july june lake library mall march may memorial mexico middle monday mount mountain museum november ocean october palace park plaza primary river road saturday school sea september show spain square stadium state station street sunday texas thursday tower tuesday university valley war wednesday york zoo stadion stade estadio halle brücke pont puente turm kirche église iglesia bahnhof gare flughafen aéroport aeropuerto',
);
